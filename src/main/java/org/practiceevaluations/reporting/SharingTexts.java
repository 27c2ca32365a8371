package org.practiceevaluations.reporting;

import java.util.List;
import java.util.stream.Collectors;

/** Plain words for the senior management review's form: the managers below half, and the good practice digest. */
final class SharingTexts {

  private SharingTexts() {}

  /** "Ann Lee: 1 of 4 (25%)" per line, or a sentence saying nobody is below half. */
  static String managersBelowHalf(List<QuarterlyReportContent.ManagerShareRow> shares) {
    List<QuarterlyReportContent.ManagerShareRow> below = shares.stream()
        .filter(QuarterlyReportContent.ManagerShareRow::belowHalf).toList();
    if (below.isEmpty()) {
      return "Every manager with evaluations allocated this year completed at least half of them themselves.";
    }
    return below.stream().map(m -> m.name() + ": " + m.completedThemselves() + " of " + m.allocated() + " ("
        + ReportFormats.percent(m.share()) + ")").collect(Collectors.joining("\n"));
  }

  /** "PE-2026-0012, Assessment Team North: ..." per example, or a sentence saying there is none. */
  static String goodPractice(List<QuarterlyReportContent.GoodPracticeExample> examples) {
    if (examples.isEmpty()) {
      return "No evaluation settled this quarter flagged good practice to share.";
    }
    return examples.stream().map(e -> e.evaluationReference() + ", " + e.teamName() + ": " + e.commentary())
        .collect(Collectors.joining("\n\n"));
  }
}
