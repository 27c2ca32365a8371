package org.practiceevaluations.evaluation.forms;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.SafetyEscalation;
import org.practiceevaluations.evaluation.SafetyEscalations;
import org.springframework.stereotype.Component;

/**
 * "Confirm what was done to keep the child safe": the head of service's answer to a safety escalation (docs/guide.md,
 * "Safety escalations").
 */
@Component
public class ConfirmSafetyActionForm implements FormHandler {

  private final FormSupport support;
  private final SafetyEscalations escalations;

  public ConfirmSafetyActionForm(FormSupport support, SafetyEscalations escalations) {
    this.support = support;
    this.escalations = escalations;
  }

  @Override
  public String formId() {
    return "confirm-safety-action";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    Map<String, Object> values = new HashMap<>(support.caseFacts(support.evaluation(task)));
    SafetyEscalation escalation = escalations.get(ESCALATION_ID.require(task));
    values.put("raisedByText", support.name(escalation.getRaisedBy()));
    values.put("concernShown", escalation.getConcern());
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    String action = answers.text("actionTaken", "What was done to keep the child safe", true);
    answers.throwIfInvalid();
    escalations.confirm(ESCALATION_ID.require(task), support.actor(task), action);
    return Map.of();
  }
}
