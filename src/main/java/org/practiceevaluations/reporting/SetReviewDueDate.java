package org.practiceevaluations.reporting;

import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.DEADLINES;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.REVIEW_CHASE_CYCLE;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.REVIEW_DUE_DATE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.evaluation.Deadlines;
import org.springframework.stereotype.Component;

/**
 * {@code ${setReviewDueDate}} (quarterly report): "Set the review's due date". The senior management review is due
 * reportReviewWithin after the report is produced (the evaluation-deadlines decision), at 17:00, and chased from
 * then every reportReviewChaseEvery.
 */
@Component("setReviewDueDate")
public class SetReviewDueDate implements JavaDelegate {

  private final Deadlines deadlines;

  public SetReviewDueDate(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Deadlines.Chased chased = deadlines.dueAndChased(DEADLINES.get(execution), "reportReviewWithin", "reportReviewChaseEvery");
    REVIEW_DUE_DATE.set(execution, Deadlines.toDate(chased.due()));
    REVIEW_CHASE_CYCLE.set(execution, chased.chaseCycle());
  }
}
