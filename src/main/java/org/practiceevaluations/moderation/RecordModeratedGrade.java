package org.practiceevaluations.moderation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.practiceevaluations.evaluation.ProcessEvaluations;
import org.springframework.stereotype.Component;

/**
 * "Record the moderator's grade as the final grade" (docs/guide.md, "Moderation"): a grade different from the first auditor's is a
 * discrepancy; the final grade is the moderator's. Tells the evaluation whether the team disputes it: its view at the moderation discussion (section 15a).
 */
@Component("recordModeratedGrade")
public class RecordModeratedGrade implements JavaDelegate {

  private final EvaluationLifecycle lifecycle;
  private final ProcessEvaluations processEvaluations;

  public RecordModeratedGrade(EvaluationLifecycle lifecycle, ProcessEvaluations processEvaluations) {
    this.lifecycle = lifecycle;
    this.processEvaluations = processEvaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = processEvaluations.referenceOf(execution);
    boolean discrepancy = lifecycle.recordModeratedGrade(reference);
    Evaluation evaluation = lifecycle.get(reference);
    DISCREPANCY.set(execution, discrepancy);
    FINAL_GRADE.set(execution, evaluation.grades().finalGrade().code());
    GRADE_DISPUTED.set(execution, Boolean.FALSE.equals(evaluation.moderation().teamAgrees()));
    GRADE_HOLDER.set(execution, evaluation.people().moderator());
  }
}
