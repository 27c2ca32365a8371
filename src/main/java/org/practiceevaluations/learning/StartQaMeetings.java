package org.practiceevaluations.learning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${startQaMeetings}} (the schedule): "Prepare each service area's QA meeting" (for the month just ended). */
@Component("startQaMeetings")
public class StartQaMeetings implements JavaDelegate {

  private final QaMeetingSchedule schedule;

  public StartQaMeetings(QaMeetingSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    schedule.startForEveryArea();
  }
}
