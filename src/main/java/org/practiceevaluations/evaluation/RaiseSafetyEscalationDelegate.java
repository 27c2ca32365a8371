package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** "Escalate to the head of service through the evaluation" (the Tasklist start form of safety-escalation). */
@Component("raiseSafetyEscalation")
public class RaiseSafetyEscalationDelegate implements JavaDelegate {

  private final SafetyEscalations escalations;

  public RaiseSafetyEscalationDelegate(SafetyEscalations escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(EVALUATION_REFERENCE);
    try {
      escalations.raise(reference, (String) execution.getVariable(RAISED_BY),
          (String) execution.getVariable(ESCALATION_CONCERN), false);
    } catch (RuntimeException e) {
      if (e instanceof org.practiceevaluations.common.BadRequestException
          || e instanceof org.practiceevaluations.common.ForbiddenException
          || e instanceof org.practiceevaluations.common.NotFoundException) {
        throw new FormFieldValidationException("escalation", e.getMessage());
      }
      throw e;
    }
    if (reference != null) {
      execution.setProcessBusinessKey(reference.trim());
    }
  }
}
