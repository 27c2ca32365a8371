package org.practiceevaluations.learning;

import static org.practiceevaluations.learning.QaMeetingProcess.Vars.ACTION_DONE;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.FURTHER_DEADLINE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${checkFurtherDeadline}} (area QA meeting): "Check whether the action is done" (before the reminder) and
 * "Check whether the action was carried out" (at the deadline: met or missed).
 */
@Component("checkFurtherDeadline")
public class CheckFurtherDeadline implements JavaDelegate {

  private final FurtherDeadlines furtherDeadlines;

  public CheckFurtherDeadline(FurtherDeadlines furtherDeadlines) {
    this.furtherDeadlines = furtherDeadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ACTION_DONE.setLocal(execution, furtherDeadlines.check(FURTHER_DEADLINE_ID.require(execution)));
  }
}
