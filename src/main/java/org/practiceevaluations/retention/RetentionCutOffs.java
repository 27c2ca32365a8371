package org.practiceevaluations.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What "older than its limit" means at a moment, for each rule: a record is removed only when it is strictly older
 * than its limit (a mail written 30 days ago to the second stays until the next night). Plain: no Spring, no engine.
 *
 * @param outboxWrittenBefore outbox mails written before this go
 * @param notificationRecordsBefore ledger rows written before this go
 * @param casesClosedBefore cases closed before this day are anonymised
 */
public record RetentionCutOffs(Instant outboxWrittenBefore, Instant notificationRecordsBefore,
    LocalDate casesClosedBefore) {

  public static RetentionCutOffs at(Instant now, ZoneId zone, RetentionSettings settings) {
    ZonedDateTime here = now.atZone(zone);
    return new RetentionCutOffs(
        minus(here, settings.getOutboxMail()).toInstant(),
        minus(here, settings.getNotificationRecords()).toInstant(),
        here.toLocalDate().minus(settings.getClosedCases()));
  }

  private static ZonedDateTime minus(ZonedDateTime at, Period period) {
    return at.minus(period);
  }
}
