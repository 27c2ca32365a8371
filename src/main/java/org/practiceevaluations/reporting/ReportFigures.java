package org.practiceevaluations.reporting;

import java.time.Instant;
import java.util.List;
import org.practiceevaluations.filing.ReportPeriod;

/**
 * Everything the quarterly report says in figures: the period and the one before, when the figures were taken,
 * the whole service, each service area and each team, and a line per evaluation of the period (for the workbook).
 */
public record ReportFigures(
    ReportPeriod period,
    ReportPeriod previousPeriod,
    Instant asOf,
    ScopeFigures service,
    List<ScopeFigures> areas,
    List<ScopeFigures> teams,
    List<EvaluationLine> evaluations) {

  public ScopeFigures area(String code) {
    return areas.stream().filter(a -> a.scope().code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No service area " + code));
  }

  public ScopeFigures team(String code) {
    return teams.stream().filter(t -> t.scope().code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No team " + code));
  }

  /** The teams of one service area. */
  public List<ScopeFigures> teamsOf(String areaCode) {
    return teams.stream().filter(t -> areaCode.equals(t.scope().areaCode())).toList();
  }

  /**
   * One evaluation completed or due in the period, for the workbook: no child's name or reference.
   *
   * @param completed its final grade was settled in the period
   * @param late submitted after it was due, or due and not yet submitted
   */
  public record EvaluationLine(String reference, String type, String teamCode, String teamName, String areaName,
      boolean moderated, String firstGrade, String moderatedGrade, String finalGrade, Instant dueAt,
      Instant submittedAt, Instant finalisedAt, boolean completed, boolean late, int familyResponses,
      int actionsRaised, int actionsOpen) {}
}
