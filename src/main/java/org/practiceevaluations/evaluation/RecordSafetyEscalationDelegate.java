package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the safety escalation": kept with the evaluation; the head of service's confirmation is due soon. */
@Component("recordSafetyEscalation")
public class RecordSafetyEscalationDelegate implements JavaDelegate {

  private final SafetyEscalations escalations;
  private final EvaluationLifecycle lifecycle;

  public RecordSafetyEscalationDelegate(SafetyEscalations escalations, EvaluationLifecycle lifecycle) {
    this.escalations = escalations;
    this.lifecycle = lifecycle;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    long id = escalations.record((String) execution.getVariable(EVALUATION_REFERENCE),
        (String) execution.getVariable(RAISED_BY), (String) execution.getVariable(ESCALATION_CONCERN));
    execution.setVariableLocal(ESCALATION_ID, id);
    execution.setVariableLocal(SAFETY_CONFIRMATION_DUE_DATE,
        Deadlines.toDate(lifecycle.safetyConfirmationDue((Map<String, Object>) execution.getVariable(DEADLINES))));
  }
}
