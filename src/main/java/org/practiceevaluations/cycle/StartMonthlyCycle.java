package org.practiceevaluations.cycle;

import static org.practiceevaluations.cycle.CycleProcess.Vars.CYCLE_DATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${startMonthlyCycle}} (the schedule): "Start this month's audit cycle". */
@Component("startMonthlyCycle")
public class StartMonthlyCycle implements JavaDelegate {

  private final RuntimeService runtimeService;
  private final Clock clock;

  public StartMonthlyCycle(RuntimeService runtimeService, Clock clock) {
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    CYCLE_DATE.put(variables, LocalDate.now(clock).toString());
    runtimeService.startProcessInstanceByKey(CycleProcess.MONTHLY_KEY, variables);
  }
}
