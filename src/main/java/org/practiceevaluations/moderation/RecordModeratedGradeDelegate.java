package org.practiceevaluations.moderation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.springframework.stereotype.Component;

/**
 * "Record the moderator's grade as the final grade" (docs/guide.md, "Moderation"): a grade different from the first auditor's is a
 * discrepancy; the final grade is the moderator's. Tells the evaluation whether the team disputes it: its view at the moderation discussion (section 15a).
 */
@Component("recordModeratedGrade")
public class RecordModeratedGradeDelegate implements JavaDelegate {

  private final EvaluationLifecycle lifecycle;

  public RecordModeratedGradeDelegate(EvaluationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(EVALUATION_REFERENCE);
    boolean discrepancy = lifecycle.recordModeratedGrade(reference);
    Evaluation evaluation = lifecycle.get(reference);
    execution.setVariable(DISCREPANCY, discrepancy);
    execution.setVariable(FINAL_GRADE, evaluation.getFinalGrade().code());
    execution.setVariable(GRADE_DISPUTED, Boolean.FALSE.equals(evaluation.getModerationTeamAgreesWithGrade()));
    execution.setVariable(GRADE_HOLDER, evaluation.getModerator());
  }
}
