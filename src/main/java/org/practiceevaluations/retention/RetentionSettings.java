package org.practiceevaluations.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The retention schedule ({@code practice-evaluations.retention}, README "Retention", ADR 0019): how long each kind
 * of record is kept, and when the retention process runs.
 */
@ConfigurationProperties("practice-evaluations.retention")
public class RetentionSettings {

  /** Quartz cron of the nightly run (server time), inside the engine's history clean-up window. */
  private String cron = "0 30 2 * * ?";
  /** Mails in the outbox (bodies, subjects, names, addresses), from when they were written. */
  private Period outboxMail = Period.ofDays(30);
  /** The notification ledger (user ids, keys, states; no content), from when the row was written. */
  private Period notificationRecords = Period.ofYears(2);
  /** A closed case's evaluations, case notes and files, from the day the case closed. */
  private Period closedCases = Period.ofYears(6);

  public String getCron() {
    return cron;
  }

  public void setCron(String cron) {
    this.cron = cron;
  }

  public Period getOutboxMail() {
    return outboxMail;
  }

  public void setOutboxMail(Period outboxMail) {
    this.outboxMail = outboxMail;
  }

  public Period getNotificationRecords() {
    return notificationRecords;
  }

  public void setNotificationRecords(Period notificationRecords) {
    this.notificationRecords = notificationRecords;
  }

  public Period getClosedCases() {
    return closedCases;
  }

  public void setClosedCases(Period closedCases) {
    this.closedCases = closedCases;
  }
}
