package org.practiceevaluations.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything known about one evaluation, resolved for people to read (names, labels): what the evaluation PDF,
 * the e-mails and the screens show. Built by {@link EvaluationViews}; plain data, no persistence, so renderers
 * and their tests need no database. Text that users typed is kept as typed: renderers must escape it.
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
    LocalDate reflectiveDiscussionOn,
    String reflectiveDiscussionAttendees,
    String reflectiveDiscussion,
    Boolean teamAgreesWithGrade,
    Grade teamViewOfGrade,
    String teamViewReason,
    String initialFindings,
    String learningForAuditor,
    String learningForTeam,
    LocalDate moderationDiscussionOn,
    String moderationDiscussion,
    boolean gradeDisputed,
    String disputeDiscussion,
    Boolean disputeResolved,
    Person decidedBy,
    String decisionReason,
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

  /** The grade that counts now: final when settled, otherwise the first auditor's. */
  public Grade currentGrade() {
    return finalGrade != null ? finalGrade : firstGrade;
  }
}
