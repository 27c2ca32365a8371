package org.practiceevaluations.concern;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.CONCERN_REFERENCE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.CONCERN_ROUND;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.DEADLINES;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.IMPROVEMENT_SUSTAINED;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.PROGRESS_REVIEW_EVERY;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.RESPONSE_DUE_DATE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.RESPONSE_REMINDER_DATE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.RE_AUDIT_ALLOCATION_DATE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.RE_AUDIT_DUE_DATE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.REVIEW_MEETING_DUE_DATE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.REVIEW_MEETING_REMINDER_DATE;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.RE_AUDIT_GRADE;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.RE_AUDIT_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.evaluation.Deadlines;
import org.springframework.stereotype.Component;

/**
 * {@code ${setConcernDeadlines}}: "Set the due dates" of this round. The round starts with no re-audit and no monthly
 * review yet, which the decision concern-outcome reads.
 */
@Component("setConcernDeadlines")
public class SetConcernDeadlines implements JavaDelegate {

  private final Concerns concerns;

  public SetConcernDeadlines(Concerns concerns) {
    this.concerns = concerns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer round = CONCERN_ROUND.get(execution);
    CONCERN_ROUND.set(execution, (round == null ? 0 : round) + 1);
    Concerns.ConcernDates dates = concerns.deadlines(CONCERN_REFERENCE.get(execution), DEADLINES.get(execution));
    RESPONSE_DUE_DATE.set(execution, Deadlines.toDate(dates.responseDue()));
    RESPONSE_REMINDER_DATE.set(execution, Deadlines.toDate(dates.responseReminder()));
    REVIEW_MEETING_DUE_DATE.set(execution, Deadlines.toDate(dates.meetingDue()));
    REVIEW_MEETING_REMINDER_DATE.set(execution, Deadlines.toDate(dates.meetingReminder()));
    PROGRESS_REVIEW_EVERY.set(execution, dates.progressReviewEvery());
    RE_AUDIT_DUE_DATE.set(execution, Deadlines.toDate(dates.reAuditDue()));
    RE_AUDIT_ALLOCATION_DATE.set(execution, Deadlines.toDate(dates.reAuditAllocation()));
    RE_AUDIT_REFERENCE.set(execution, null);
    RE_AUDIT_GRADE.set(execution, null);
    IMPROVEMENT_SUSTAINED.set(execution, null);
  }
}
