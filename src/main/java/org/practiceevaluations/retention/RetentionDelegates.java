package org.practiceevaluations.retention;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code processes/retention.bpmn}: each one call into {@link Retention}, and the counts (never any
 * content) as variables of the process, so the retention process's own history in Cockpit says what each night
 * removed.
 */
@Configuration
@EnableConfigurationProperties(RetentionSettings.class)
public class RetentionDelegates {

  private final Retention retention;
  private final RetentionSettings settings;

  public RetentionDelegates(Retention retention, RetentionSettings settings) {
    this.retention = retention;
    this.settings = settings;
  }

  /** The nightly timer's cron, from configuration: {@code ${retentionSchedule.cron}} in the model. */
  @Bean("retentionSchedule")
  @org.practiceevaluations.deployment.ForModels
  RetentionSchedule retentionSchedule() {
    return new RetentionSchedule(settings.getCron());
  }

  @Bean("deleteOldOutboxMail")
  JavaDelegate deleteOldOutboxMail() {
    return execution -> execution.setVariable(RetentionProcess.Vars.OUTBOX_MAIL_DELETED.name(),
        retention.deleteOldOutboxMail());
  }

  @Bean("deleteOldNotificationRecords")
  JavaDelegate deleteOldNotificationRecords() {
    return execution -> execution.setVariable(RetentionProcess.Vars.NOTIFICATION_RECORDS_DELETED.name(),
        retention.deleteOldNotificationRecords());
  }

  @Bean("anonymiseClosedCases")
  JavaDelegate anonymiseClosedCases() {
    return execution -> {
      Retention.Anonymised removed = retention.anonymiseClosedCases();
      execution.setVariable(RetentionProcess.Vars.CASES_ANONYMISED.name(), removed.cases());
      execution.setVariable(RetentionProcess.Vars.EVALUATIONS_ANONYMISED.name(), removed.evaluations());
      execution.setVariable(RetentionProcess.Vars.CASE_NOTES_DELETED.name(), removed.caseNotes());
      execution.setVariable(RetentionProcess.Vars.DOCUMENTS_DELETED.name(), removed.documents());
      execution.setVariable(RetentionProcess.Vars.FILES_DELETED.name(), removed.files());
    };
  }

  /**
   * The engine's own history is removed by its history clean-up, by each process's time to live (six years after
   * an evaluation's process ends); this step starts that clean-up now and counts the finished processes it removes.
   */
  @Bean("cleanUpEngineHistory")
  JavaDelegate cleanUpEngineHistory() {
    return execution -> {
      HistoryService historyService = execution.getProcessEngineServices().getHistoryService();
      long due = historyService.createCleanableHistoricProcessInstanceReport().list().stream()
          .mapToLong(org.camunda.bpm.engine.history.CleanableHistoricProcessInstanceReportResult::getCleanableProcessInstanceCount)
          .sum();
      execution.setVariable(RetentionProcess.Vars.ENGINE_HISTORY_DUE.name(), due);
      if (due > 0) {
        historyService.cleanUpHistoryAsync(true);
      }
    };
  }

  /** The cron the model's timer reads. */
  public record RetentionSchedule(String cron) {
    public String getCron() {
      return cron;
    }
  }
}
