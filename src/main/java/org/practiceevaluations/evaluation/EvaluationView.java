package org.practiceevaluations.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything known about one evaluation, resolved for people to read (names, labels): what the evaluation PDF,
 * the e-mails and the screens show. Built by {@link EvaluationViews}; plain data, no persistence, so renderers
 * and their tests need no database. Text that users typed is kept as typed: renderers must escape it.
 *
 * <p>Each discussion of the grade is kept whole and apart: the reflective discussion with the team (section 15), the
 * moderation discussion (section 15a), the discussion of a disputed grade, and the audit manager's decision.
 */
public record EvaluationView(
    String reference,
    EvaluationType type,
    boolean moderated,
    EvaluationStage stage,
    String processInstanceId,
    Child child,
    People people,
    Instant allocatedAt,
    Instant dueAt,
    Instant submittedAt,
    Instant moderationDueAt,
    Instant moderatedAt,
    Instant finalisedAt,
    Instant sharedAt,
    Instant caseNoteDueAt,
    Instant completedAt,
    LocalDate socialWorkerContactedOn,
    String socialWorkerContactNotes,
    Boolean familyContactSafe,
    String familyNotContactedReason,
    List<Feedback> feedback,
    List<SectionRow> sections,
    Grade firstGrade,
    Grade moderatedGrade,
    Grade finalGrade,
    Evaluation.FinalGradeSource finalGradeSource,
    Boolean discrepancy,
    TeamDiscussion reflectiveDiscussion,
    String initialFindings,
    String learningForAuditor,
    String learningForTeam,
    TeamDiscussion moderationDiscussion,
    boolean gradeDisputed,
    GradeDiscussion gradeDiscussion,
    GradeDecision auditManagersDecision,
    LocalDate supervisionOn,
    String supervisionNotes,
    List<Action> actions,
    List<Escalation> escalations,
    Person completedBy,
    String previousEvaluationReference) {

  /** The child and the case, from the case register at the time of the evaluation. */
  public record Child(String childReference, String name, LocalDate dateOfBirth, String legalStatus,
      LocalDate lookedAfterSince, LocalDate childProtectionPlanSince, String teamCode, String teamName,
      String serviceAreaCode, String serviceAreaName) {}

  /** A person with a part in the evaluation. {@code email} is empty when the directory has none. */
  public record Person(String userId, String name, String email) {}

  /** The people of the evaluation; moderator and IRO may be null. */
  public record People(Person auditor, Person moderator, Person socialWorker, Person teamManager,
      Person practiceManager, Person headOfService, Person iro) {

    public Optional<Person> moderatorIfAny() {
      return Optional.ofNullable(moderator);
    }

    public Optional<Person> iroIfAny() {
      return Optional.ofNullable(iro);
    }
  }

  /** One section with the first auditor's and (when moderated) the moderator's judgement side by side. */
  public record SectionRow(int number, String title, Judgement firstJudgement, String firstCommentary,
      Judgement moderatorJudgement, String moderatorCommentary) {}

  public record Action(int number, String description, Person owner, LocalDate dueOn, String suggestedSolution,
      EvaluationAction.Status status, String progressNote, LocalDate completedOn) {}

  public record Feedback(FamilyFeedback.Respondent respondent, String relationship, String contactMethod,
      String answersJson, String comments) {}

  public record Escalation(Person raisedBy, Instant raisedAt, String concern, Person headOfService,
      Person confirmedBy, Instant confirmedAt, String actionTaken) {}

  /**
   * A discussion with the team about the grade: the reflective discussion (section 15, about the first auditor's
   * grade) or the moderation discussion (section 15a, about the moderator's). {@code attendees} is recorded at
   * section 15 only. The team's view and reasons are there only when it did not agree.
   */
  public record TeamDiscussion(LocalDate heldOn, String attendees, String discussion, Boolean teamAgrees,
      Grade teamView, String teamReasons) {

    /** Whether anything is recorded yet (the discussion has happened). */
    public boolean held() {
      return heldOn != null || discussion != null || teamAgrees != null;
    }
  }

  /** The discussion of a disputed grade with the team: what was said, whether a grade was agreed, and when. */
  public record GradeDiscussion(String discussion, Boolean agreed, Grade agreedGrade, Instant discussedAt) {}

  /** The audit manager's decision on a grade the discussion did not settle. */
  public record GradeDecision(Person decidedBy, Grade grade, String reasons, Instant decidedAt) {}

  /**
   * The discussion that counts for the grade as it stands: the moderation discussion (15a) once held, otherwise the
   * reflective discussion (15). What a disputed grade is about.
   */
  public TeamDiscussion currentTeamDiscussion() {
    return moderationDiscussion != null && moderationDiscussion.held() ? moderationDiscussion : reflectiveDiscussion;
  }

  /** Whether the team agrees with the grade as it stands ({@link #currentTeamDiscussion}); null if not asked. */
  public Boolean teamAgreesWithGrade() {
    TeamDiscussion d = currentTeamDiscussion();
    return d == null ? null : d.teamAgrees();
  }

  /** The grade the team thinks right, at the discussion that counts now; null when it agrees. */
  public Grade teamViewOfGrade() {
    TeamDiscussion d = currentTeamDiscussion();
    return d == null ? null : d.teamView();
  }

  /** The team's reasons, at the discussion that counts now; null when it agrees. */
  public String teamViewReason() {
    TeamDiscussion d = currentTeamDiscussion();
    return d == null ? null : d.teamReasons();
  }

  /** What was said when a disputed grade was discussed with the team; null when there was no such discussion. */
  public String disputeDiscussion() {
    return gradeDiscussion == null ? null : gradeDiscussion.discussion();
  }

  /** The grade that counts now: final when settled, otherwise the first auditor's. */
  public Grade currentGrade() {
    return finalGrade != null ? finalGrade : firstGrade;
  }
}
