package org.practiceevaluations.learning;

import static org.practiceevaluations.learning.QaMeetingProcess.Vars.ACTION_NUMBER;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.ACTION_OWNER;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.EVALUATION_REFERENCE;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.FURTHER_DEADLINE_DATE;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.FURTHER_DEADLINE_ID;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.FURTHER_DEADLINE_REMINDER_DATE;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.TEAM_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.evaluation.Deadlines;
import org.springframework.stereotype.Component;

/**
 * {@code ${setFurtherDeadlineDates}} (area QA meeting): "Work out when to remind the team" of one further deadline
 * (variables local to that deadline).
 */
@Component("setFurtherDeadlineDates")
public class SetFurtherDeadlineDates implements JavaDelegate {

  private final FurtherDeadlines furtherDeadlines;

  public SetFurtherDeadlineDates(FurtherDeadlines furtherDeadlines) {
    this.furtherDeadlines = furtherDeadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FurtherDeadlines.Dates dates = furtherDeadlines.dates(FURTHER_DEADLINE_ID.require(execution));
    FURTHER_DEADLINE_DATE.setLocal(execution, Deadlines.toDate(dates.due()));
    FURTHER_DEADLINE_REMINDER_DATE.setLocal(execution, Deadlines.toDate(dates.reminder()));
    EVALUATION_REFERENCE.setLocal(execution, dates.evaluationReference());
    ACTION_NUMBER.setLocal(execution, dates.actionNumber());
    ACTION_OWNER.setLocal(execution, dates.actionOwner());
    TEAM_CODE.setLocal(execution, dates.teamCode());
  }
}
