package org.practiceevaluations.reporting;

import org.practiceevaluations.filing.ReportPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  @Test
  void aQuarterHasItsNameItsLabelAndThePreviousQuarterAcrossTheYear() {
    ReportPeriod q1 = ReportPeriod.parseQuarter("2027 q1");
    assertThat(q1).isEqualTo(new ReportPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1)));
    assertThat(q1.shortName()).isEqualTo("2027 Q1");
    assertThat(q1.label()).isEqualTo("January to March 2027");
    assertThat(q1.title()).isEqualTo("2027 Q1 (January to March 2027)");
    assertThat(q1.previous()).isEqualTo(ReportPeriod.quarter(2026, 4));
    assertThat(q1.previous().label()).isEqualTo("October to December 2026");
    assertThat(ReportPeriod.parseQuarter("2026-Q3")).isEqualTo(ReportPeriod.quarter(2026, 3));
    assertThatThrownBy(() -> ReportPeriod.parseQuarter("Q5 2026")).hasMessageContaining("write it like 2027 Q1");
  }

  @Test
  void theQuarterEndedBeforeADayIsTheLastCompleteOne() {
    assertThat(ReportPeriod.quarterEndedBefore(LocalDate.of(2027, 4, 1))).isEqualTo(ReportPeriod.quarter(2027, 1));
    assertThat(ReportPeriod.quarterEndedBefore(LocalDate.of(2027, 2, 14))).isEqualTo(ReportPeriod.quarter(2026, 4));
  }

  @Test
  void monthsAndOtherSpansAreLabelledAndComparedWithTheSpanBefore() {
    ReportPeriod march = ReportPeriod.month(YearMonth.of(2027, 3));
    assertThat(march.label()).isEqualTo("March 2027");
    assertThat(march.shortName()).isEqualTo("March 2027");
    assertThat(march.previous()).isEqualTo(ReportPeriod.month(YearMonth.of(2027, 2)));

    ReportPeriod twoMonths = ReportPeriod.monthsBefore(LocalDate.of(2027, 1, 3), 2);
    assertThat(twoMonths.label()).isEqualTo("November to December 2026");
    assertThat(ReportPeriod.monthsBefore(LocalDate.of(2027, 2, 1), 2).label())
        .isEqualTo("December 2026 to January 2027");
    assertThat(twoMonths.previous()).isEqualTo(ReportPeriod.monthsBefore(LocalDate.of(2026, 11, 1), 2));

    ReportPeriod days = ReportPeriod.ofDays(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 16));
    assertThat(days.label()).isEqualTo("3 March 2027 to 16 March 2027");
    assertThat(days.previous()).isEqualTo(ReportPeriod.ofDays(LocalDate.of(2027, 2, 17), LocalDate.of(2027, 3, 2)));
    assertThatThrownBy(() -> ReportPeriod.ofDays(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anInstantBelongsToThePeriodByTheCouncilsClock() {
    ZoneId london = ZoneId.of("Europe/London");
    ReportPeriod q2 = ReportPeriod.quarter(2019, 2);
    // 00:30 on 1 April in London (BST) is 23:30 on 31 March UTC: in the quarter
    assertThat(q2.contains(LocalDate.of(2019, 4, 1).atTime(0, 30).atZone(london).toInstant(), london)).isTrue();
    assertThat(q2.contains(LocalDate.of(2019, 7, 1).atStartOfDay(london).toInstant(), london)).isFalse();
    assertThat(q2.contains(null, london)).isFalse();
  }
}
