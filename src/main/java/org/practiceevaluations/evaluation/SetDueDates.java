package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.Date;
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
  public void execute(DelegateExecution execution) {
    Date dueBy = DUE_BY.get(execution);
    DeadlineDates dates = lifecycle.setDeadlines(processEvaluations.referenceOf(execution), DEADLINES.get(execution),
        dueBy == null ? null : dueBy.toInstant());
    AUDIT_DUE_DATE.set(execution, Deadlines.toDate(dates.auditDue()));
    AUDIT_REMINDER_DATE.set(execution, Deadlines.toDate(dates.auditReminder()));
    AUDIT_OVERDUE_CYCLE.set(execution, dates.auditOverdueCycle());
    DISPUTE_DUE_DATE.set(execution, Deadlines.toDate(dates.disputeDue()));
    ACTIONS_REMINDER_CYCLE.set(execution, dates.actionsReminderCycle());
  }
}
