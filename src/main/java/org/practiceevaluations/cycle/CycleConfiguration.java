package org.practiceevaluations.cycle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class CycleConfiguration {

  /** The cycle settings under the name the schedule's timer expression uses. */
  @Bean("cycleSchedule")
  @org.practiceevaluations.deployment.ForModels
  public CycleSettingsHolder cycleSchedule(CycleSettings settings) {
    return new CycleSettingsHolder(settings);
  }

  /** Exposes {@code ${cycleSchedule.cron}} to the engine's expressions. */
  public record CycleSettingsHolder(CycleSettings settings) {
    public String getCron() {
      return settings.cron();
    }
  }
}
