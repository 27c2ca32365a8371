package org.practiceevaluations.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;

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
    String previousEvaluationReference,
    Tool tool,
    boolean goodPracticeToShare,
    ThemeAnswers theme) {

  /** Without the tool's words (the product's own), good practice to share, or a theme. */
  public EvaluationView(String reference, EvaluationType type, boolean moderated, EvaluationStage stage,
      String processInstanceId, Child child, People people, Instant allocatedAt, Instant dueAt, Instant submittedAt,
      Instant moderationDueAt, Instant moderatedAt, Instant finalisedAt, Instant sharedAt, Instant caseNoteDueAt,
      Instant completedAt, LocalDate socialWorkerContactedOn, String socialWorkerContactNotes,
      Boolean familyContactSafe, String familyNotContactedReason, List<Feedback> feedback, List<SectionRow> sections,
      Grade firstGrade, Grade moderatedGrade, Grade finalGrade, Evaluation.FinalGradeSource finalGradeSource,
      Boolean discrepancy, TeamDiscussion reflectiveDiscussion, String initialFindings, String learningForAuditor,
      String learningForTeam, TeamDiscussion moderationDiscussion, boolean gradeDisputed,
      GradeDiscussion gradeDiscussion, GradeDecision auditManagersDecision, LocalDate supervisionOn,
      String supervisionNotes, List<Action> actions, List<Escalation> escalations, Person completedBy,
      String previousEvaluationReference) {
    this(reference, type, moderated, stage, processInstanceId, child, people, allocatedAt, dueAt, submittedAt,
        moderationDueAt, moderatedAt, finalisedAt, sharedAt, caseNoteDueAt, completedAt, socialWorkerContactedOn,
        socialWorkerContactNotes, familyContactSafe, familyNotContactedReason, feedback, sections, firstGrade,
        moderatedGrade, finalGrade, finalGradeSource, discrepancy, reflectiveDiscussion, initialFindings,
        learningForAuditor, learningForTeam, moderationDiscussion, gradeDisputed, gradeDiscussion,
        auditManagersDecision, supervisionOn, supervisionNotes, actions, escalations, completedBy,
        previousEvaluationReference, Tool.STANDARD, false, null);
  }

  /** The same evaluation with the tool's words, the good practice flag and the theme's answers. */
  public EvaluationView with(Tool tool, boolean goodPracticeToShare, ThemeAnswers theme) {
    return new EvaluationView(reference, type, moderated, stage, processInstanceId, child, people, allocatedAt,
        dueAt, submittedAt, moderationDueAt, moderatedAt, finalisedAt, sharedAt, caseNoteDueAt, completedAt,
        socialWorkerContactedOn, socialWorkerContactNotes, familyContactSafe, familyNotContactedReason, feedback,
        sections, firstGrade, moderatedGrade, finalGrade, finalGradeSource, discrepancy, reflectiveDiscussion,
        initialFindings, learningForAuditor, learningForTeam, moderationDiscussion, gradeDisputed, gradeDiscussion,
        auditManagersDecision, supervisionOn, supervisionNotes, actions, escalations, completedBy,
        previousEvaluationReference, tool, goodPracticeToShare, theme);
  }

  /**
   * A thematic evaluation's theme and what the auditor recorded: the answer to each key line of enquiry, and (multi-
   * agency) the partner agencies taking part with their findings.
   */
  public record ThemeAnswers(String reference, String name, boolean multiAgency, List<Enquiry> answers,
      List<Agency> agencies) {}

  public record Enquiry(String lineOfEnquiry, String answer) {}

  public record Agency(String agency, String findings) {}

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

  /**
   * One section of the evaluation's catalogue version, with the first auditor's and (when moderated) the
   * moderator's statements met, judgement and commentary side by side. {@code judged} is false for the sections
   * that are not graded (good practice, improvements, learning needs: {@code purpose} says which).
   */
  public record SectionRow(int number, String key, String area, String title, boolean judged, String purpose,
      Judgement firstJudgement, String firstCommentary, Judgement moderatorJudgement, String moderatorCommentary,
      List<StatementRow> statements) {

    public SectionRow {
      statements = statements == null ? List.of() : List.copyOf(statements);
    }

    /** A judged section without statements. */
    public SectionRow(int number, String title, Judgement firstJudgement, String firstCommentary,
        Judgement moderatorJudgement, String moderatorCommentary) {
      this(number, "section-" + number, "", title, true, null, firstJudgement, firstCommentary, moderatorJudgement,
          moderatorCommentary, List.of());
    }

    public long metByFirst() {
      return statements.stream().filter(StatementRow::metByFirst).count();
    }

    public long metByModerator() {
      return statements.stream().filter(StatementRow::metByModerator).count();
    }
  }

  /** One statement of what good looks like, and whether the first auditor and the moderator found it met. */
  public record StatementRow(String key, String text, boolean metByFirst, boolean metByModerator) {}

  /** The version of the evaluation tool the evaluation was allocated with, and its words for the grades. */
  public record Tool(int version, String name, java.util.Map<Grade, String> gradeLabels, String notRelevantLabel) {

    /** The product's own words, for a view built without a catalogue. */
    public static final Tool STANDARD = new Tool(0, "Practice evaluation", java.util.Map.of(), "Not relevant");

    public String label(Grade grade) {
      return grade == null ? null : gradeLabels.getOrDefault(grade, grade.label());
    }

    public String label(Judgement judgement) {
      if (judgement == null) {
        return null;
      }
      return judgement == Judgement.NOT_RELEVANT ? notRelevantLabel : label(Grade.parse(judgement.code()));
    }
  }

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

  /** The section of a purpose (good-practice, improvements, learning-needs), if the tool has one. */
  public Optional<SectionRow> section(String purpose) {
    return sections.stream().filter(s -> purpose.equals(s.purpose())).findFirst();
  }

  /** The grade that counts now: final when settled, otherwise the first auditor's. */
  public Grade currentGrade() {
    return finalGrade != null ? finalGrade : firstGrade;
  }
}
