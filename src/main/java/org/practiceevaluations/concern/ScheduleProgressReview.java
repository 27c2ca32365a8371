package org.practiceevaluations.concern;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.DEADLINES;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.PROGRESS_REVIEW_DUE_DATE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.PROGRESS_REVIEW_OVERDUE_CYCLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.evaluation.Deadlines;
import org.springframework.stereotype.Component;

/**
 * {@code ${scheduleProgressReview}}: "Set this month's review's due date". Due a week after it is asked for, chased
 * weekly when late.
 */
@Component("scheduleProgressReview")
public class ScheduleProgressReview implements JavaDelegate {

  private final Concerns concerns;

  public ScheduleProgressReview(Concerns concerns) {
    this.concerns = concerns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Concerns.ReviewDates dates = concerns.progressReview(DEADLINES.get(execution));
    PROGRESS_REVIEW_DUE_DATE.set(execution, Deadlines.toDate(dates.due()));
    PROGRESS_REVIEW_OVERDUE_CYCLE.set(execution, dates.overdueCycle());
  }
}
