package org.practiceevaluations.learning;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.reporting.LearningNeedsProcess;
import org.springframework.stereotype.Component;

/**
 * {@code ${startLearningNeedsSummary}} (the schedule): "Start the learning needs summary" (of the months just
 * ended).
 */
@Component("startLearningNeedsSummary")
public class StartLearningNeedsSummary implements JavaDelegate {

  private final RuntimeService runtimeService;

  public StartLearningNeedsSummary(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runtimeService.startProcessInstanceByKey(LearningNeedsProcess.KEY);
  }
}
