package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.practiceevaluations.common.BadRequestException;
import org.practiceevaluations.common.ForbiddenException;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.evaluation.forms.StartAnswers;
import org.springframework.stereotype.Component;

/**
 * "Escalate to the head of service through the evaluation" (the Tasklist start form of safety-escalation): the
 * person who started it (the engine's initiator, never a sent value) must be the evaluation's auditor or moderator.
 * The concern is taken from the start form's kept answers into the evaluation's table; the process carries its id.
 */
@Component("raiseSafetyEscalation")
public class RaiseSafetyEscalation implements JavaDelegate {

  private final SafetyEscalations escalations;
  private final StartAnswers startAnswers;

  public RaiseSafetyEscalation(SafetyEscalations escalations, StartAnswers startAnswers) {
    this.escalations = escalations;
    this.startAnswers = startAnswers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = EVALUATION_REFERENCE.get(execution);
    String concern = startAnswers.take(execution, ESCALATION_CONCERN.name());
    long id;
    try {
      id = escalations.raise(reference, RAISED_BY.get(execution), concern, false, null);
    } catch (BadRequestException | ForbiddenException | NotFoundException e) {
      throw new FormFieldValidationException("escalation", e.getMessage());
    }
    ESCALATION_ID.set(execution, id);
    execution.setProcessBusinessKey(reference.trim());
  }
}
