package org.practiceevaluations.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the senior management review's form shows of the managers' share and the good practice digest. */
class SharingTextsTest {

  @Test
  void onlyTheManagersBelowHalfAreNamedWithTheirCounts() {
    String text = SharingTexts.managersBelowHalf(List.of(
        new QuarterlyReportContent.ManagerShareRow("Liam Moore", 4, 1, 0.25, true),
        new QuarterlyReportContent.ManagerShareRow("Priya Murphy", 2, 2, 1.0, false),
        new QuarterlyReportContent.ManagerShareRow("Nobody Yet", 0, 0, null, false)));

    assertThat(text).isEqualTo("Liam Moore: 1 of 4 (25%)");
  }

  @Test
  void whenNobodyIsBelowHalfItSaysSo() {
    assertThat(SharingTexts.managersBelowHalf(List.of())).startsWith("Every manager");
  }

  @Test
  void eachExampleOfGoodPracticeNamesTheEvaluationAndTheTeamWithTheCommentary() {
    assertThat(SharingTexts.goodPractice(List.of(
        new QuarterlyReportContent.GoodPracticeExample("PE-2026-0012", "Assessment Team North", "A clear plan."),
        new QuarterlyReportContent.GoodPracticeExample("PE-2026-0015", "Family Safeguarding Team 1", "Good visits."))))
        .isEqualTo("PE-2026-0012, Assessment Team North: A clear plan.\n\n"
            + "PE-2026-0015, Family Safeguarding Team 1: Good visits.");
    assertThat(SharingTexts.goodPractice(List.of())).startsWith("No evaluation");
  }
}
