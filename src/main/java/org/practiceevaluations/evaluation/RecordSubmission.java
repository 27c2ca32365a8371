package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record the submission": the first auditor's work is in. Unmoderated, their grade is final (the team may still
 * dispute it); moderated, the moderator's week starts.
 */
@Component("recordSubmission")
public class RecordSubmission implements JavaDelegate {

  private final EvaluationLifecycle lifecycle;
  private final ProcessEvaluations processEvaluations;

  public RecordSubmission(EvaluationLifecycle lifecycle, ProcessEvaluations processEvaluations) {
    this.lifecycle = lifecycle;
    this.processEvaluations = processEvaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EvaluationLifecycle.Submission submission = lifecycle.recordSubmission(
        processEvaluations.referenceOf(execution), DEADLINES.get(execution));
    DISPUTE_DUE_DATE.set(execution, Deadlines.toDate(submission.disputeDue()));
    if (Boolean.TRUE.equals(MODERATED.get(execution))) {
      MODERATION_DUE_DATE.set(execution, Deadlines.toDate(submission.moderationDue()));
      MODERATION_OVERDUE_CYCLE.set(execution, submission.moderationOverdueCycle());
    } else {
      FINAL_GRADE.set(execution, submission.finalGrade().code());
      GRADE_DISPUTED.set(execution, submission.gradeDisputed());
      GRADE_HOLDER.set(execution, AUDITOR.get(execution));
    }
  }
}
