package org.practiceevaluations.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Where a dated step stands, counted in London calendar days. */
class DeadlineTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

  @Test
  void notDoneAndPastItsDueDateIsOverdueByCalendarDays() {
    Deadline deadline = Deadline.of("Evaluation", Instant.parse("2026-11-08T17:00:00Z"), null, NOW, LONDON);

    assertThat(deadline.state()).isEqualTo(Deadline.State.OVERDUE);
    assertThat(deadline.days()).isEqualTo(10);
  }

  @Test
  void dueEarlierTodayIsOverdueSinceToday() {
    Deadline deadline = Deadline.of("Evaluation", Instant.parse("2026-11-18T09:00:00Z"), null, NOW, LONDON);

    assertThat(deadline.state()).isEqualTo(Deadline.State.OVERDUE);
    assertThat(deadline.days()).isZero();
  }

  @Test
  void notDoneAndStillAheadIsDueInSoManyDays() {
    Deadline deadline = Deadline.of("Review meeting", Instant.parse("2026-11-19T17:00:00Z"), null, NOW, LONDON);

    assertThat(deadline.state()).isEqualTo(Deadline.State.DUE);
    assertThat(deadline.days()).isEqualTo(1);
    assertThat(deadline.isOpen()).isTrue();
  }

  @Test
  void doneAfterItsDueDateCountsTheDaysLate() {
    Deadline late = Deadline.of("Case note", Instant.parse("2026-11-05T17:00:00Z"),
        Instant.parse("2026-11-09T08:00:00Z"), NOW, LONDON);
    Deadline onTime = Deadline.of("Case note", Instant.parse("2026-11-05T17:00:00Z"),
        Instant.parse("2026-11-05T16:59:00Z"), NOW, LONDON);

    assertThat(late.state()).isEqualTo(Deadline.State.DONE);
    assertThat(late.days()).isEqualTo(4);
    assertThat(onTime.days()).isZero();
    assertThat(late.isOpen()).isFalse();
  }

  @Test
  void withoutADateItIsNotYetDue() {
    assertThat(Deadline.of("Monthly review", null, null, NOW, LONDON).state()).isEqualTo(Deadline.State.NOT_YET);
  }
}
