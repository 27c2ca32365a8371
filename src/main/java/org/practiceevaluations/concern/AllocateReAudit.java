package org.practiceevaluations.concern;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.CONCERN_REFERENCE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.RE_AUDIT_DUE_DATE;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.AUDIT_MANAGER;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.RE_AUDIT_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${allocateReAudit}}: "Allocate the re-audit, due three months after the grade". Started now, not queued
 * for a later cycle.
 */
@Component("allocateReAudit")
public class AllocateReAudit implements JavaDelegate {

  private final ReAudits reAudits;

  public AllocateReAudit(ReAudits reAudits) {
    this.reAudits = reAudits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = reAudits.allocate(CONCERN_REFERENCE.get(execution),
        RE_AUDIT_DUE_DATE.require(execution).toInstant(), AUDIT_MANAGER.get(execution));
    RE_AUDIT_REFERENCE.set(execution, reference);
  }
}
