package org.practiceevaluations.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Where each limit falls at a moment, by the calendar of the server's time zone (a year is a calendar year). */
class RetentionCutOffsTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void eachCutOffIsItsPeriodBeforeNow() {
    RetentionCutOffs cutOffs = RetentionCutOffs.at(Instant.parse("2027-03-01T02:30:00Z"), LONDON,
        new RetentionSettings());

    assertThat(cutOffs.outboxWrittenBefore()).isEqualTo(Instant.parse("2027-01-30T02:30:00Z"));
    assertThat(cutOffs.notificationRecordsBefore()).isEqualTo(Instant.parse("2025-03-01T02:30:00Z"));
    assertThat(cutOffs.casesClosedBefore()).isEqualTo(LocalDate.of(2021, 3, 1));
  }

  @Test
  void theCouncilsOwnPeriodsAreUsed() {
    RetentionSettings settings = new RetentionSettings();
    settings.setClosedCases(Period.ofYears(7));
    settings.setOutboxMail(Period.ofDays(7));

    RetentionCutOffs cutOffs = RetentionCutOffs.at(Instant.parse("2027-07-15T01:30:00Z"), LONDON, settings);

    assertThat(cutOffs.casesClosedBefore()).isEqualTo(LocalDate.of(2020, 7, 15));
    assertThat(cutOffs.outboxWrittenBefore()).isEqualTo(Instant.parse("2027-07-08T01:30:00Z"));
  }
}
