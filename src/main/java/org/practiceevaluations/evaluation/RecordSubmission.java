package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.Map;
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
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    EvaluationLifecycle.Submission submission = lifecycle.recordSubmission(
        processEvaluations.referenceOf(execution), (Map<String, Object>) execution.getVariable(DEADLINES.name()));
    execution.setVariable(DISPUTE_DUE_DATE.name(), Deadlines.toDate(submission.disputeDue()));
    if (Boolean.TRUE.equals(execution.getVariable(MODERATED.name()))) {
      execution.setVariable(MODERATION_DUE_DATE.name(), Deadlines.toDate(submission.moderationDue()));
      execution.setVariable(MODERATION_OVERDUE_CYCLE.name(), submission.moderationOverdueCycle());
    } else {
      execution.setVariable(FINAL_GRADE.name(), submission.finalGrade().code());
      execution.setVariable(GRADE_DISPUTED.name(), submission.gradeDisputed());
      execution.setVariable(GRADE_HOLDER.name(), execution.getVariable(AUDITOR.name()));
    }
  }
}
