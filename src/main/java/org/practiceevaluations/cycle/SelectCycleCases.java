package org.practiceevaluations.cycle;

import static org.practiceevaluations.cycle.CycleProcess.Vars.CYCLE_DATE;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${selectCycleCases}}: "Choose this month's cases and allocate auditors". */
@Component("selectCycleCases")
public class SelectCycleCases implements JavaDelegate {

  private final CycleService cycles;
  private final CycleProposals proposals;
  private final Clock clock;

  public SelectCycleCases(CycleService cycles, CycleProposals proposals, Clock clock) {
    this.cycles = cycles;
    this.proposals = proposals;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String date = CYCLE_DATE.get(execution);
    LocalDate cycleDate = date == null || date.isBlank() ? LocalDate.now(clock)
        : LocalDate.parse(date.substring(0, 10));
    AuditCycle cycle = cycles.proposeMonthly(cycleDate, execution.getProcessInstanceId());
    proposals.proposed(execution, cycle);
  }
}
