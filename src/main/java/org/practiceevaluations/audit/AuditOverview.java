package org.practiceevaluations.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the audit manager's overview in Cockpit shows ({@code GET /api/audit/overview}): where the evaluations
 * are, what is overdue, the open cases of concern with their next deadline, this quarter's final grades against
 * the last, how often moderators agree, and the incidents to retry. No child's name, no commentary: references,
 * teams, staff and dates only.
 */
public record AuditOverview(
    Instant asOf,
    String timeZone,
    long openEvaluations,
    List<StageTotal> stages,
    List<AreaStages> serviceAreas,
    List<OverdueEvaluation> overdueEvaluations,
    List<OverdueCaseNote> overdueCaseNotes,
    List<OpenConcern> concerns,
    Grades grades,
    Moderation moderation,
    Incidents incidents) {

  public record Person(String userId, String name) {}

  /** Open evaluations at one stage. */
  public record StageTotal(String stage, String label, long count) {}

  /** Open evaluations of one service area, per stage (every open stage, in order, zero included). */
  public record AreaStages(String code, String name, Map<String, Long> stages, long open) {}

  /** {@code what}: "Evaluation" (the first auditor's work) or "Moderation". */
  public record OverdueEvaluation(String reference, String processInstanceId, String what, String type,
      String team, String serviceArea, Person heldBy, Instant dueAt, long daysOverdue) {}

  public record OverdueCaseNote(String reference, String processInstanceId, String team, String serviceArea,
      Person teamManager, Instant dueAt, long daysOverdue) {}

  public record OpenConcern(String reference, String processInstanceId, String evaluationReference, String team,
      String serviceArea, Instant openedAt, List<Deadline> deadlines, Deadline next) {}

  public record QuarterInfo(String label, Instant from, Instant to) {}

  public record GradeLabel(String code, String label) {}

  /** Final grades of one quarter: per grade code, the total, and how many were good or outstanding. */
  public record GradeCounts(Map<String, Long> grades, long total, long goodOrBetter, Integer goodOrBetterPercent) {}

  public record AreaGrades(String code, String name, GradeCounts thisQuarter, GradeCounts lastQuarter) {}

  public record Grades(QuarterInfo thisQuarter, QuarterInfo lastQuarter, List<GradeLabel> grades,
      List<AreaGrades> serviceAreas, GradeCounts totalThisQuarter, GradeCounts totalLastQuarter) {}

  /** Moderations completed in a quarter: the moderator's grade the same as, above or below the first auditor's. */
  public record ModerationFigures(long moderated, long agreed, long moderatorHigher, long moderatorLower,
      Integer agreementPercent) {}

  public record Moderation(QuarterInfo thisQuarter, QuarterInfo lastQuarter, ModerationFigures thisQuarterFigures,
      ModerationFigures lastQuarterFigures) {}

  /** {@code count}: every open incident of the application's processes; {@code items}: the latest of them. */
  public record Incidents(long count, List<IncidentItem> items) {}

  /** One open incident: where (process, reference, step), since when, and why in plain English. */
  public record IncidentItem(String incidentId, String processInstanceId, String process, String reference,
      String step, Instant since, String cause) {}
}
