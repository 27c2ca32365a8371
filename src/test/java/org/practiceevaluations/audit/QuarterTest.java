package org.practiceevaluations.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Quarters are the council's, in London time. */
class QuarterTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void halfPastMidnightOnTheFirstOfOctoberInLondonIsInTheOctoberQuarter() {
    Quarter quarter = Quarter.containing(Instant.parse("2026-09-30T23:30:00Z"), LONDON);

    assertThat(quarter.label()).isEqualTo("October to December 2026");
    assertThat(quarter.start()).isEqualTo(Instant.parse("2026-09-30T23:00:00Z"));
    assertThat(quarter.end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
  }

  @Test
  void theQuarterBeforeJanuaryIsLastYearsOctober() {
    Quarter january = Quarter.containing(Instant.parse("2027-02-14T12:00:00Z"), LONDON);

    assertThat(january.label()).isEqualTo("January to March 2027");
    assertThat(january.previous().label()).isEqualTo("October to December 2026");
    assertThat(january.previous().end()).isEqualTo(january.start());
  }
}
