package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record the safety escalation": the escalation was recorded with the evaluation when it was raised
 * ({@link SafetyEscalations#raise}) and arrives here by its id; the head of service's confirmation is due soon.
 */
@Component("recordSafetyEscalation")
public class RecordSafetyEscalation implements JavaDelegate {

  private final EvaluationLifecycle lifecycle;

  public RecordSafetyEscalation(EvaluationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (ESCALATION_ID.get(execution) == null) {
      throw new IllegalStateException("A safety escalation arrived without its id: raise it through "
          + "SafetyEscalations, which records it first.");
    }
    Map<String, Object> durations = DEADLINES.get(execution);
    Instant due = lifecycle.safetyConfirmationDue(durations);
    SAFETY_CONFIRMATION_DUE_DATE.setLocal(execution, Deadlines.toDate(due));
    SAFETY_CONFIRMATION_OVERDUE_CYCLE.setLocal(execution, lifecycle.safetyConfirmationChase(due, durations));
  }
}
