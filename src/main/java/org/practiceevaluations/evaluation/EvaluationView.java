package org.practiceevaluations.evaluation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;

/**
 * Everything known about one evaluation, resolved for people to read (names, labels): what the evaluation PDF,
 * the e-mails and the screens show. Built by {@link EvaluationViews}; plain data, no persistence, so renderers
 * and their tests need no database (a mail's view, {@link EvaluationViews#forMail}, reads its lists when the template
 * first uses them, inside the step's transaction). Text that users typed is kept as typed: renderers must escape it.
 *
 * <p>Each discussion of the grade is kept whole and apart: the reflective discussion with the team (section 15), the
 * moderation discussion (section 15a), the discussion of a disputed grade, and the audit manager's decision.
 *
 * <p>Grouped into parts a reader (and a change) takes one at a time: {@link Dates} (the timeline), {@link Contact}
 * (the social worker and the family), {@link Grades} (first, moderated and final side by side), {@link Moderation},
 * {@link Dispute} and {@link FollowUp}. The parts are {@link JsonUnwrapped}: the JSON of {@code GET
 * /api/evaluations/{reference}} is flat, with the same names in the same order as before the parts (no part is ever
 * null, so no name goes missing). Templates and code read {@code e.dates.dueAt} / {@code e.dates().dueAt()}.
 */
public record EvaluationView(
    String reference,
    EvaluationType type,
    boolean moderated,
    EvaluationStage stage,
    String processInstanceId,
    Child child,
    People people,
    @JsonUnwrapped Dates dates,
    @JsonUnwrapped Contact contact,
    List<SectionRow> sections,
    @JsonUnwrapped Grades grades,
    TeamDiscussion reflectiveDiscussion,
    @JsonUnwrapped Moderation moderation,
    @JsonUnwrapped Dispute dispute,
    @JsonUnwrapped FollowUp followUp,
    List<Action> actions,
    List<Escalation> escalations,
    Person completedBy,
    String previousEvaluationReference,
    Tool tool,
    boolean goodPracticeToShare,
    ThemeAnswers theme) {

  /** No part is null (an unwrapped null would drop its names from the JSON); without a tool, the product's words. */
  public EvaluationView {
    dates = dates == null ? Dates.NONE : dates;
    contact = contact == null ? Contact.NONE : contact;
    grades = grades == null ? Grades.NONE : grades;
    moderation = moderation == null ? Moderation.NONE : moderation;
    dispute = dispute == null ? Dispute.NONE : dispute;
    followUp = followUp == null ? FollowUp.NONE : followUp;
    tool = tool == null ? Tool.STANDARD : tool;
  }

  /** The evaluation's timeline: allocated, due, submitted, moderation due and done, grade final, shared, closed. */
  public record Dates(Instant allocatedAt, Instant dueAt, Instant submittedAt, Instant moderationDueAt,
      Instant moderatedAt, Instant finalisedAt, Instant sharedAt, Instant caseNoteDueAt, Instant completedAt) {

    public static final Dates NONE = new Dates(null, null, null, null, null, null, null, null, null);
  }

  /** The first auditor's contact with the social worker and the family, and the family's feedback. */
  public record Contact(LocalDate socialWorkerContactedOn, String socialWorkerContactNotes, Boolean familyContactSafe,
      String familyNotContactedReason, List<Feedback> feedback) {

    public static final Contact NONE = new Contact(null, null, null, null, List.of());
  }

  /** The grades side by side: the first auditor's, the moderator's, the final one and where it came from. */
  public record Grades(Grade firstGrade, Grade moderatedGrade, Grade finalGrade,
      Evaluation.FinalGradeSource finalGradeSource, Boolean discrepancy) {

    public static final Grades NONE = new Grades(null, null, null, null, null);

    /** The grade that counts now: final when settled, otherwise the first auditor's. */
    public Grade currentGrade() {
      return finalGrade != null ? finalGrade : firstGrade;
    }
  }

  /** The moderator's initial findings and learning, and the moderation discussion (section 15a); null parts if none. */
  public record Moderation(String initialFindings, String learningForAuditor, String learningForTeam,
      TeamDiscussion moderationDiscussion) {

    public static final Moderation NONE = new Moderation(null, null, null, null);
  }

  /** A disputed grade: whether it is disputed, its discussion with the team, and the audit manager's decision. */
  public record Dispute(boolean gradeDisputed, GradeDiscussion gradeDiscussion, GradeDecision auditManagersDecision) {

    public static final Dispute NONE = new Dispute(false, null, null);

    /** What was said when a disputed grade was discussed with the team; null when there was no such discussion. */
    public String disputeDiscussion() {
      return gradeDiscussion == null ? null : gradeDiscussion.discussion();
    }
  }

  /** The receiving team's supervision of the evaluation (docs/guide.md, "The team's follow-up"). */
  public record FollowUp(LocalDate supervisionOn, String supervisionNotes) {

    public static final FollowUp NONE = new FollowUp(null, null);
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
      Person practiceManager, Person headOfService, Person iro) {}

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
    TeamDiscussion moderationDiscussion = moderation.moderationDiscussion();
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

  /** The section of a purpose (good-practice, improvements, learning-needs), if the tool has one. */
  public Optional<SectionRow> section(String purpose) {
    return sections.stream().filter(s -> purpose.equals(s.purpose())).findFirst();
  }
}
