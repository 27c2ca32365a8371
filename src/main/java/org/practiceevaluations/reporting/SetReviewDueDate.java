package org.practiceevaluations.reporting;

import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.DEADLINES;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.REVIEW_CHASE_CYCLE;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.REVIEW_DUE_DATE;

import java.time.Instant;
import java.util.Map;
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
    Map<String, Object> durations = DEADLINES.get(execution);
    Instant due = deadlines.dueAfter(deadlines.now(),
        Deadlines.duration(durations, "evaluation-deadlines", "reportReviewWithin"));
    REVIEW_DUE_DATE.set(execution, Deadlines.toDate(due));
    REVIEW_CHASE_CYCLE.set(execution, deadlines.cycleFrom(due,
        Deadlines.duration(durations, "evaluation-deadlines", "reportReviewChaseEvery")));
  }
}
