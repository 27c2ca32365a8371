package org.practiceevaluations.reporting;

import java.time.Instant;
import java.util.List;

/**
 * What the quarterly report's three outputs show: the figures, the three key themes and the action plan of each
 * service area the audit manager wrote, and her analysis of strengths and areas for improvement. On demand (the
 * REST API) there are no themes or plans yet.
 */
public record QuarterlyReportContent(String reference, ReportFigures figures, List<KeyTheme> themes,
    List<AreaActionPlan> actionPlans, String analysis, Instant producedAt, boolean onDemand,
    List<ManagerShareRow> managersShare, List<GoodPracticeExample> goodPractice) {

  public QuarterlyReportContent {
    themes = themes == null ? List.of() : List.copyOf(themes);
    actionPlans = actionPlans == null ? List.of() : List.copyOf(actionPlans);
    managersShare = managersShare == null ? List.of() : List.copyOf(managersShare);
    goodPractice = goodPractice == null ? List.of() : List.copyOf(goodPractice);
  }

  /** Without the managers' share and the good practice digest (figures on demand, and the earlier callers). */
  public QuarterlyReportContent(String reference, ReportFigures figures, List<KeyTheme> themes,
      List<AreaActionPlan> actionPlans, String analysis, Instant producedAt, boolean onDemand) {
    this(reference, figures, themes, actionPlans, analysis, producedAt, onDemand, null, null);
  }

  /**
   * One manager's own share of the evaluations allocated to them in the year to the quarter's end (docs/guide.md:
   * managers complete at least half themselves). {@code share} is null when nothing was allocated.
   */
  public record ManagerShareRow(String name, long allocated, long completedThemselves, Double share,
      boolean belowHalf) {}

  /**
   * One example of good practice the auditor flagged for sharing across children's services: the evaluation's
   * reference, the team, and the good practice section's commentary. Never the child's name.
   */
  public record GoodPracticeExample(String evaluationReference, String teamName, String commentary) {}

  /** The managers who completed fewer than half of their evaluations themselves. */
  public List<ManagerShareRow> managersBelowHalf() {
    return managersShare.stream().filter(ManagerShareRow::belowHalf).toList();
  }

  /** One of the three key themes for teams to work on. */
  public record KeyTheme(int position, String title, String description) {}

  /** The action plan of one service area. */
  public record AreaActionPlan(String areaCode, String areaName, String plan) {}

  /** "Practice evaluations quarterly report 2027 Q1.pdf" and so on: the file names of the three outputs. */
  public String fileName(String extension) {
    return "Practice evaluations quarterly report " + figures.period().shortName() + "." + extension;
  }
}
