package org.practiceevaluations.learning;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.reporting.QuarterlyReportProcess;
import org.springframework.stereotype.Component;

/** {@code ${startQuarterlyReport}} (the schedule): "Start the quarterly report" (of the quarter just ended). */
@Component("startQuarterlyReport")
public class StartQuarterlyReport implements JavaDelegate {

  private final RuntimeService runtimeService;

  public StartQuarterlyReport(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runtimeService.startProcessInstanceByKey(QuarterlyReportProcess.KEY);
  }
}
