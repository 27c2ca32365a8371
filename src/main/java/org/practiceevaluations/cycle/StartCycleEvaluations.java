package org.practiceevaluations.cycle;

import static org.practiceevaluations.cycle.CycleProcess.Vars.AUDIT_MANAGER;
import static org.practiceevaluations.cycle.CycleProcess.Vars.CYCLE_REFERENCE;
import static org.practiceevaluations.cycle.CycleProcess.Vars.EVALUATIONS_STARTED;
import static org.practiceevaluations.cycle.CycleProcess.Vars.REVIEWED_BY;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${startCycleEvaluations}}: "Start the evaluations" (monthly cycle), "Start the evaluations together"
 * (thematic audit). A retry starts only those not started yet.
 */
@Component("startCycleEvaluations")
public class StartCycleEvaluations implements JavaDelegate {

  private final CycleService cycles;

  public StartCycleEvaluations(CycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reviewer = REVIEWED_BY.get(execution);
    String allocatedBy = reviewer != null ? reviewer : AUDIT_MANAGER.get(execution);
    List<String> started = cycles.start(CYCLE_REFERENCE.get(execution), allocatedBy);
    EVALUATIONS_STARTED.set(execution, started.size());
  }
}
