package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Set the due dates": turns the evaluation-deadlines decision into the dates the timers and tasks use. */
@Component("setDueDates")
public class SetDueDates implements JavaDelegate {

  private final EvaluationLifecycle lifecycle;
  private final ProcessEvaluations processEvaluations;

  public SetDueDates(EvaluationLifecycle lifecycle, ProcessEvaluations processEvaluations) {
    this.lifecycle = lifecycle;
    this.processEvaluations = processEvaluations;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    Map<String, Object> durations = (Map<String, Object>) execution.getVariable(DEADLINES.name());
    Object dueBy = execution.getVariable(DUE_BY.name());
    DeadlineDates dates = lifecycle.setDeadlines(processEvaluations.referenceOf(execution), durations,
        dueBy instanceof java.util.Date date ? date.toInstant() : null);
    execution.setVariable(AUDIT_DUE_DATE.name(), Deadlines.toDate(dates.auditDue()));
    execution.setVariable(AUDIT_REMINDER_DATE.name(), Deadlines.toDate(dates.auditReminder()));
    execution.setVariable(AUDIT_OVERDUE_CYCLE.name(), dates.auditOverdueCycle());
    execution.setVariable(DISPUTE_DUE_DATE.name(), Deadlines.toDate(dates.disputeDue()));
    execution.setVariable(ACTIONS_REMINDER_CYCLE.name(), dates.actionsReminderCycle());
  }
}
