package org.practiceevaluations.reporting;

import java.time.Instant;
import java.util.List;

/**
 * What the quarterly report's three outputs show: the figures, the three key themes and the action plan of each
 * service area the audit manager wrote, and her analysis of strengths and areas for improvement. On demand (the
 * REST API) there are no themes or plans yet.
 */
public record QuarterlyReportContent(String reference, ReportFigures figures, List<KeyTheme> themes,
    List<AreaActionPlan> actionPlans, String analysis, Instant producedAt, boolean onDemand) {

  public QuarterlyReportContent {
    themes = themes == null ? List.of() : List.copyOf(themes);
    actionPlans = actionPlans == null ? List.of() : List.copyOf(actionPlans);
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
