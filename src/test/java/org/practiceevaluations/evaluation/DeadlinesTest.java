package org.practiceevaluations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ZonedDateTime MONDAY_10AM = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, LONDON);
  final Deadlines deadlines = new Deadlines(Clock.fixed(MONDAY_10AM.toInstant(), LONDON));

  @Test
  void workIsDueAtFivePmOnItsDueDay() {
    assertThat(deadlines.dueAfter(MONDAY_10AM.toInstant(), "P1M"))
        .isEqualTo(ZonedDateTime.of(2026, 4, 2, 17, 0, 0, 0, LONDON).toInstant());
    assertThat(deadlines.dueAfter(MONDAY_10AM.toInstant(), "P21D"))
        .isEqualTo(ZonedDateTime.of(2026, 3, 23, 17, 0, 0, 0, LONDON).toInstant());
  }

  @Test
  void aDurationInHoursIsExact() {
    assertThat(deadlines.dueAfter(MONDAY_10AM.toInstant(), "PT48H"))
        .isEqualTo(MONDAY_10AM.plusHours(48).toInstant());
  }

  @Test
  void summerTimeDoesNotMoveTheDueHour() {
    // 29 March 2026 is the change to British Summer Time
    Instant due = deadlines.dueAfter(MONDAY_10AM.toInstant(), "P1M");
    assertThat(due.atZone(LONDON).getHour()).isEqualTo(17);
  }

  @Test
  void aReminderGoesAtNineInTheMorningButNeverInThePast() {
    Instant due = ZonedDateTime.of(2026, 4, 2, 17, 0, 0, 0, LONDON).toInstant();
    assertThat(deadlines.reminderBefore(due, "P7D"))
        .isEqualTo(ZonedDateTime.of(2026, 3, 26, 9, 0, 0, 0, LONDON).toInstant());
    Instant soon = MONDAY_10AM.plusDays(2).toInstant();
    assertThat(deadlines.reminderBefore(soon, "P7D")).isEqualTo(MONDAY_10AM.toInstant());
  }

  @Test
  void anOverdueCycleStartsAtTheDueDateAndRepeats() {
    Instant due = ZonedDateTime.of(2026, 4, 2, 17, 0, 0, 0, LONDON).toInstant();
    assertThat(deadlines.cycleFrom(due, "P7D")).isEqualTo("R/2026-04-02T17:00:00+01:00/P7D");
    assertThat(deadlines.every("P1M")).isEqualTo("R/P1M");
  }

  @Test
  void aDurationThatIsNotIso8601IsRefusedWithAMessageForTheProcessOwner() {
    assertThatThrownBy(() -> deadlines.dueAfter(MONDAY_10AM.toInstant(), "one month"))
        .hasMessageContaining("not an ISO 8601 duration such as P1M");
    assertThatThrownBy(() -> Deadlines.validate("")).hasMessageContaining("empty");
  }
}
