package org.practiceevaluations.changeaudit;

import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.CHANGE_AUDIT_CHASE_CYCLE;
import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.CHANGE_AUDIT_DUE_DATE;
import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.DEADLINES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.evaluation.Deadlines;
import org.springframework.stereotype.Component;

/**
 * {@code ${setChangeAuditDueDate}}: "Set the due date". changeAuditDecisionWithin from now at 17:00, chased from then
 * every changeAuditChaseEvery (the evaluation-deadlines decision).
 */
@Component("setChangeAuditDueDate")
public class SetChangeAuditDueDate implements JavaDelegate {

  private final Deadlines deadlines;

  public SetChangeAuditDueDate(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Deadlines.Chased chased = deadlines.dueAndChased(DEADLINES.get(execution), "changeAuditDecisionWithin", "changeAuditChaseEvery");
    CHANGE_AUDIT_DUE_DATE.set(execution, Deadlines.toDate(chased.due()));
    CHANGE_AUDIT_CHASE_CYCLE.set(execution, chased.chaseCycle());
  }
}
