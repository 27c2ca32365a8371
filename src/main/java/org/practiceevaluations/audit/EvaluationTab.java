package org.practiceevaluations.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.practiceevaluations.audit.AuditOverview.Person;

/**
 * What the "Evaluation" tab of a process instance in Cockpit shows ({@code GET /api/audit/process-instances/{id}}):
 * the evaluation the process is about (a practice evaluation, its moderation, or the case of concern it opened)
 * with its case, people, deadlines, grades, actions, case notes and filed documents; and the case of concern, if
 * there is one. Text people typed (actions, case notes) is returned as typed: the page puts it in as text.
 */
public record EvaluationTab(
    String processInstanceId,
    String processKey,
    Instant asOf,
    String timeZone,
    EvaluationDetails evaluation,
    ConcernDetails concern) {

  public record EvaluationDetails(String reference, String type, boolean moderated, String stage, String stageLabel,
      String processInstanceId, CaseDetails theCase, List<Role> people, List<Deadline> deadlines, Grades grades,
      Discussions discussions, List<Action> actions, CaseNotes caseNotes, List<Document> documents,
      Tool tool) {}

  /**
   * The evaluation tool's version the evaluation was allocated with (docs/guide.md, "The evaluation tool") and each
   * of its sections as judged: the statements of what good looks like and whether the first auditor and (when
   * moderated) the moderator found each met. Commentary is not here: it is in the filed PDF.
   */
  public record Tool(int version, String name, List<Section> sections) {}

  /** {@code judged} is false for good practice, improvements and learning needs (never graded). */
  public record Section(int number, String title, boolean judged, String firstJudgement, String moderatorJudgement,
      int statementsMetByFirst, int statementsMetByModerator, List<Statement> statements) {}

  public record Statement(String text, boolean metByFirst, boolean metByModerator) {}

  public record CaseDetails(String childReference, String childName, String legalStatus, String team,
      String serviceArea) {}

  public record Role(String role, String userId, String name) {}

  public record GradeValue(String code, String label) {}

  /** {@code finalGradeSource}: who settled the final grade, in words. */
  public record Grades(GradeValue first, GradeValue moderated, GradeValue finalGrade, String finalGradeSource,
      Boolean discrepancy) {}

  /**
   * Every discussion of the grade, each whole and apart: the reflective discussion with the team (section 15), the
   * moderation discussion (section 15a; null when not moderated), the discussion of a disputed grade and the audit
   * manager's decision (null until they happen). What people wrote is returned as written: the page shows it as text.
   */
  public record Discussions(TeamDiscussion reflective, TeamDiscussion moderation, GradeDiscussion disputedGrade,
      Decision auditManagersDecision) {}

  /** {@code teamView} and {@code teamReasons} are there only when the team did not agree. */
  public record TeamDiscussion(LocalDate heldOn, String attendees, String discussion, Boolean teamAgrees,
      GradeValue teamView, String teamReasons) {}

  public record GradeDiscussion(Instant discussedAt, String discussion, Boolean agreed, GradeValue agreedGrade) {}

  public record Decision(Person decidedBy, Instant decidedAt, GradeValue grade, String reasons) {}

  public record Action(int number, String description, Person owner, LocalDate dueOn, String status,
      LocalDate completedOn, String progressNote, boolean overdue) {}

  /** {@code keptElsewhere}: the council keeps case notes in its own system, so they are not listed here. */
  public record CaseNotes(boolean keptElsewhere, List<Note> notes) {}

  public record Note(Instant createdAt, String subject, String kind, String author, String text) {}

  /** {@code download}: the application's address for it, from the context root ({@code /api/documents/{id}}). */
  public record Document(long id, String fileName, String folder, Instant storedAt, long size, String download) {}

  public record ConcernDetails(String reference, String status, String processInstanceId, Instant openedAt,
      Instant closedAt, Person practiceManager, List<Deadline> deadlines, Deadline next, int progressReviews,
      LocalDate lastProgressReviewOn, Boolean lastProgressReviewOnTrack, String outcome) {}
}
