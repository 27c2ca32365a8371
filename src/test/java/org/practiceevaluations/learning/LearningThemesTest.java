package org.practiceevaluations.learning;

import org.practiceevaluations.filing.ReportPeriod;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Learning needs placed in themes by their words. */
class LearningThemesTest {

  final LearningThemes themes = new LearningThemes(LearningThemes.DEFAULTS);

  @Test
  void aNeedIsInEveryThemeWhoseWordsItUsesAndOtherwiseInOther() {
    assertThat(themes.of("Chronology training for the social worker.")).containsExactly("Chronologies and recording");
    assertThat(themes.of("Reflective SUPERVISION and direct work with teenagers."))
        .containsExactly("Voice and lived experience of the child", "Supervision and management oversight");
    assertThat(themes.of("Understanding the child's culture and faith")).containsExactly("Identity, diversity and culture");
    assertThat(themes.of("Confidence in court")).containsExactly("Legal framework");
    assertThat(themes.of("Time management")).containsExactly(LearningThemes.OTHER);
    assertThat(themes.of(null)).containsExactly(LearningThemes.OTHER);
    assertThat(themes.names()).endsWith(LearningThemes.OTHER).hasSize(LearningThemes.DEFAULTS.size() + 1);
  }

  @Test
  void aCouncilNamesItsOwnThemes() {
    LearningThemes own = new LearningThemes(List.of(new LearningThemes.Theme("Signs of Safety",
        List.of("signs of safety", "danger statement"))));
    assertThat(own.of("Writing danger statements")).containsExactly("Signs of Safety");
    assertThat(own.names()).containsExactly("Signs of Safety", LearningThemes.OTHER);
  }

  @Test
  void theMailSummaryCountsAndNeverQuotesTheNeeds() {
    ReportPeriod period = ReportPeriod.quarter(2027, 1);
    LearningNeedsSummary summary = LearningNeedsSummary.of("LN-2027-0001", period, java.time.Instant.EPOCH, 2, List.of(
        new LearningNeed("PE-1", "ATN", "Assessment Team North", "FDA", LearningNeed.Source.SECTION_14,
            "Chronology training for Emma", themes.of("Chronology training for Emma")),
        new LearningNeed("PE-2", "ATN", "Assessment Team North", "FDA", LearningNeed.Source.MODERATOR_FOR_TEAM,
            "Supervision notes", themes.of("Supervision notes"))), themes.names());
    assertThat(summary.mailSummary()).isEqualTo("""
        2 learning needs from 2 evaluations.

        By theme:
        - Chronologies and recording: 1
        - Supervision and management oversight: 1

        By team:
        - Assessment Team North: Chronologies and recording 1, Supervision and management oversight 1""")
        .doesNotContain("Emma");
    assertThat(summary.count("Assessment Team North", "Chronologies and recording")).isEqualTo(1);
  }
}
