package org.practiceevaluations.retention;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retention settings, and the nightly timer's cron as {@code processes/retention.bpmn} reads it. */
@Configuration
@EnableConfigurationProperties(RetentionSettings.class)
public class RetentionConfiguration {

  /** The nightly timer's cron, from configuration: {@code ${retentionSchedule.cron}} in the model. */
  @Bean("retentionSchedule")
  @org.practiceevaluations.deployment.ForModels
  RetentionSchedule retentionSchedule(RetentionSettings settings) {
    return new RetentionSchedule(settings.getCron());
  }

  /** The cron the model's timer reads. */
  public record RetentionSchedule(String cron) {
    public String getCron() {
      return cron;
    }
  }
}
