package org.practiceevaluations.cycle;

import static org.practiceevaluations.cycle.CycleProcess.Vars.AUDIT_MANAGER;
import static org.practiceevaluations.cycle.CycleProcess.Vars.CYCLE_REFERENCE;
import static org.practiceevaluations.cycle.CycleProcess.Vars.REVIEW_DUE_DATE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.Deadlines;
import org.springframework.stereotype.Component;

/**
 * What the monthly cycle and the thematic audit set once their cases are proposed: the reference, who reviews, by
 * when.
 */
@Component
class CycleProposals {

  private final TeamDirectory directory;
  private final CycleSettings settings;
  private final Deadlines deadlines;

  CycleProposals(TeamDirectory directory, CycleSettings settings, Deadlines deadlines) {
    this.directory = directory;
    this.settings = settings;
    this.deadlines = deadlines;
  }

  /** The cycle's reference as the business key; the audit manager reviews the proposal within the set days. */
  void proposed(DelegateExecution execution, AuditCycle cycle) {
    execution.setProcessBusinessKey(cycle.getReference());
    CYCLE_REFERENCE.set(execution, cycle.getReference());
    AUDIT_MANAGER.set(execution, directory.auditManager());
    REVIEW_DUE_DATE.set(execution,
        Deadlines.toDate(deadlines.dueAfter(deadlines.now(), "P" + settings.reviewWithinDays() + "D")));
  }
}
