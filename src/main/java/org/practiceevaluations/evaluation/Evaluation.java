package org.practiceevaluations.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.directory.Team;

/**
 * One practice evaluation (audit) of one child's case: who does it, the deadlines, every judgement, the grades,
 * the actions. The process holds only its id and reference; the judgements live here, saved in the same
 * transaction as the task that produced them. People are Camunda user ids, copied from the case register and
 * the team directory when the evaluation is allocated (a later change of worker does not rewrite history).
 *
 * <p>Its columns are grouped into parts that a change touches one at a time: {@link #people()}, {@link #dates()},
 * {@link #contact()} (the social worker and the family), {@link #grades()} (first and final),
 * {@link #reflectiveDiscussion()} (section 15), {@link #moderation()} (with section 15a), {@link #dispute()} and
 * {@link #teamFollowUp()} (the conversations with the team about the outcome). What spans parts (the stage, the final
 * grade settled by a moderation or a dispute) stays here. The parts are embedded: the table is one table.
 */
@Entity
@Table(name = "pe_evaluation")
public class Evaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Readable reference, also the process business key: PE-2026-0042. */
  @Column(nullable = false, unique = true, length = 20)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private EvaluationType type;

  @Column(nullable = false)
  private boolean moderated;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private EvaluationStage stage = EvaluationStage.ALLOCATED;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "child_case_id", nullable = false)
  private ChildCase childCase;

  @Column(name = "child_reference", nullable = false, length = 40)
  private String childReference;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "team_id", nullable = false)
  private Team team;

  // The parts, never null when saved (the dispute's flag is a NOT NULL column). Hibernate loads a part whose columns
  // are all null as null: the accessors give an empty part then.
  @Embedded
  private EvaluationPeople people;
  @Embedded
  private EvaluationDates dates;
  @Embedded
  private ContactRecord contact = new ContactRecord();
  @Embedded
  private EvaluationGrades grades = new EvaluationGrades();
  @Embedded
  private ReflectiveDiscussion reflectiveDiscussion = new ReflectiveDiscussion();
  @Embedded
  private ModerationRecord moderation = new ModerationRecord();
  @Embedded
  private DisputeRecord dispute = new DisputeRecord();
  @Embedded
  private TeamFollowUpRecord teamFollowUp = new TeamFollowUpRecord();

  /**
   * The auditor flagged the good practice example (the commentary of the good practice section) to be shared across
   * Children's Services; the quarterly report's good-practice digest gathers these.
   */
  @Column(name = "good_practice_to_share", nullable = false)
  private boolean goodPracticeToShare;


  /** The version of the evaluation tool (the catalogue) this evaluation was allocated with, kept to the end. */
  @Column(name = "catalogue_version")
  private Integer catalogueVersion;

  /** For a thematic audit: its theme. */
  @Column(name = "theme_reference", length = 20)
  private String themeReference;

  /** For a re-audit: the evaluation it follows up. */
  @Column(name = "previous_evaluation_reference", length = 20)
  private String previousEvaluationReference;

  @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("stage ASC, sectionNumber ASC")
  private List<SectionJudgement> sections = new ArrayList<>();

  @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number ASC")
  private List<EvaluationAction> actions = new ArrayList<>();

  @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id ASC")
  private List<FamilyFeedback> feedback = new ArrayList<>();

  /** A thematic evaluation's answers to its theme's key lines of enquiry, in the theme's order. */
  @ElementCollection
  @CollectionTable(name = "pe_evaluation_enquiry", joinColumns = @JoinColumn(name = "evaluation_id"))
  @OrderColumn(name = "position")
  private List<EnquiryAnswer> enquiryAnswers = new ArrayList<>();

  /** A multi-agency thematic evaluation's partner agencies taking part, and their findings. */
  @ElementCollection
  @CollectionTable(name = "pe_evaluation_partner_agency", joinColumns = @JoinColumn(name = "evaluation_id"))
  @OrderColumn(name = "position")
  private List<PartnerAgencyFinding> partnerAgencies = new ArrayList<>();

  @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("raisedAt ASC")
  private List<SafetyEscalation> safetyEscalations = new ArrayList<>();

  @Version
  private long version;

  /** Where the final grade came from. */
  public enum FinalGradeSource {
    FIRST_AUDITOR, MODERATOR, AGREED_AFTER_DISCUSSION, AUDIT_MANAGER
  }

  protected Evaluation() {}

  /** A new evaluation, allocated now: people come from the case and its team. */
  public Evaluation(String reference, EvaluationType type, boolean moderated, ChildCase childCase, String auditor,
      String moderator, String allocatedBy, Instant allocatedAt, Instant dueAt) {
    this.reference = reference;
    this.type = type;
    this.moderated = moderated;
    this.childCase = childCase;
    this.childReference = childCase.getChildReference();
    this.team = childCase.getTeam();
    this.people = new EvaluationPeople(auditor, moderator, childCase.getAllocatedWorker(), team.getTeamManager(),
        team.getPracticeManager(), team.getHeadOfService(), childCase.getIro(), allocatedBy);
    this.dates = new EvaluationDates(allocatedAt, dueAt);
  }

  // --- behaviour that spans parts (the stage, the final grade) ---------------------------------------------

  public void linkProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void recordSocialWorkerContact(LocalDate contactedOn, String notes, boolean familyContactSafe,
      String notContactedReason) {
    contact().socialWorkerContacted(contactedOn, notes, familyContactSafe, notContactedReason);
    this.stage = EvaluationStage.IN_PROGRESS;
  }

  public void replaceFeedback(List<FamilyFeedback> newFeedback, String noFeedbackReason) {
    contact().noFeedback(newFeedback.isEmpty() ? noFeedbackReason : null);
    feedback.clear();
    for (FamilyFeedback f : newFeedback) {
      f.attachTo(this);
      feedback.add(f);
    }
  }

  /** Replaces the judgements of one stage (first auditor or moderator). */
  public void replaceSections(SectionJudgement.Stage stage, List<SectionJudgement> judgements) {
    sections.removeIf(s -> s.getStage() == stage);
    for (SectionJudgement s : judgements) {
      s.attachTo(this);
      sections.add(s);
    }
  }

  /** A thematic evaluation's answers to the key lines of enquiry, and (multi-agency) the partner agencies' findings. */
  public void recordThematicAnswers(List<EnquiryAnswer> answers, List<PartnerAgencyFinding> agencies) {
    enquiryAnswers.clear();
    enquiryAnswers.addAll(answers);
    partnerAgencies.clear();
    partnerAgencies.addAll(agencies);
  }

  /** Actions the moderator adds at moderation: numbered after the first auditor's; replaced if moderated again. */
  public void replaceModeratorActions(List<EvaluationAction> moderatorActions) {
    actions.removeIf(a -> a.getAddedByStage() == SectionJudgement.Stage.MODERATION);
    int number = actions.stream().mapToInt(EvaluationAction::getNumber).max().orElse(0) + 1;
    for (EvaluationAction a : moderatorActions) {
      a.addedByModerator().attachTo(this, number++);
      actions.add(a);
    }
  }

  public void replaceActions(List<EvaluationAction> newActions) {
    actions.clear();
    int number = 1;
    for (EvaluationAction a : newActions) {
      a.attachTo(this, number++);
      actions.add(a);
    }
  }

  /** Whether the good practice example is to be shared across Children's Services. */
  public void shareGoodPractice(boolean share) {
    this.goodPracticeToShare = share;
  }

  public void markSubmitted(Instant at, Instant moderationDueAt) {
    dates().submitted(at);
    moderation().due(moderationDueAt);
    this.stage = moderated ? EvaluationStage.AWAITING_MODERATION : EvaluationStage.IN_PROGRESS;
    if (!moderated) {
      grades().settle(grades().firstGrade(), FinalGradeSource.FIRST_AUDITOR, at);
    }
  }

  /**
   * The moderation discussion (section 15a), the discrepancy, and the moderator's grade as final (docs/guide.md,
   * "Moderation"). The team's view recorded here is the view of the moderator's grade; the view recorded at the
   * reflective discussion (section 15) stays as it was.
   */
  public void completeModeration(LocalDate discussedOn, String discussion, boolean teamAgrees, Grade teamView,
      String teamViewReason, Instant at) {
    moderation().complete(discussedOn, discussion, teamAgrees, teamView, teamViewReason, grades().firstGrade(), at);
    grades().settle(moderation().moderatedGrade(), FinalGradeSource.MODERATOR, at);
  }

  /**
   * Whether the team agrees with the grade as it stands: after a moderation discussion, its view there (15a);
   * otherwise its view at the reflective discussion (15). Null until the team has been asked.
   */
  public Boolean teamAgreesWithCurrentGrade() {
    return moderation().completed() ? moderation().teamAgrees() : reflectiveDiscussion().teamAgrees();
  }

  /** The grade the team thinks right, at the discussion that counts now (see {@link #teamAgreesWithCurrentGrade}). */
  public Grade teamViewOfCurrentGrade() {
    if (dispute().disputedAfterSharing()) {
      return dispute().sharedDisputeGrade();
    }
    return moderation().completed() ? moderation().teamView() : reflectiveDiscussion().teamView();
  }

  /** The team's reasons, at the discussion that counts now (see {@link #teamAgreesWithCurrentGrade}). */
  public String teamReasonsAboutCurrentGrade() {
    if (dispute().disputedAfterSharing()) {
      return dispute().sharedDisputeReason();
    }
    return moderation().completed() ? moderation().teamViewReason() : reflectiveDiscussion().teamViewReason();
  }

  /**
   * The team's disagreement with the final grade is being worked through (docs/guide.md, "A disputed grade"). Once the
   * evaluation has been shared, its stage stays where the team's follow-up has it.
   */
  public void openDispute() {
    dispute().open();
    if (dates().sharedAt() == null) {
      this.stage = EvaluationStage.GRADE_DISPUTED;
    }
  }

  /**
   * The team, having received the evaluation, disputes its grade within the time it has (docs/guide.md, "A disputed
   * grade"): its view is kept apart from the views at sections 15 and 15a. Only an unmoderated evaluation's grade can
   * be disputed so.
   */
  public void recordDisputeAfterSharing(String by, Grade teamView, String reason, Instant at) {
    requireUnmoderated("disputed after it was shared");
    dispute().disputedAfterSharing(by, teamView, reason, at);
  }

  public void recordDisputeDiscussion(String discussion, boolean resolved, Grade agreedGrade, Instant at) {
    requireUnmoderated("agreed after a discussion of the grade");
    dispute().discussed(discussion, resolved, agreedGrade, at);
    if (resolved && agreedGrade != null) {
      grades().settle(agreedGrade, FinalGradeSource.AGREED_AFTER_DISCUSSION, at);
    }
  }

  public void decideGrade(Grade grade, String decidedBy, String reason, Instant at) {
    requireUnmoderated("decided by the audit manager");
    dispute().decided(grade, decidedBy, reason, at);
    grades().settle(grade, FinalGradeSource.AUDIT_MANAGER, at);
  }

  /**
   * In a moderated evaluation the moderator's grade is final (docs/guide.md, "A disputed grade"): a dispute is settled
   * in the moderation discussion (section 15a), never by another grade.
   */
  private void requireUnmoderated(String how) {
    if (moderated) {
      throw new IllegalStateException("Evaluation " + reference + " is moderated: its final grade is the moderator's "
          + "and cannot be " + how + ".");
    }
  }

  public void markShared(Instant at, Instant caseNoteDueAt) {
    dates().shared(at, caseNoteDueAt);
    this.stage = EvaluationStage.SHARED;
  }

  public void markCaseNoteAdded(Instant at) {
    dates().caseNoteAdded(at);
    this.stage = openActions().isEmpty() ? EvaluationStage.COMPLETE : EvaluationStage.ACTIONS_OPEN;
  }

  public void markComplete(Instant at) {
    dates().closed(at);
    this.stage = EvaluationStage.COMPLETE;
  }

  public void markCancelled(Instant at) {
    dates().closed(at);
    this.stage = EvaluationStage.CANCELLED;
  }

  public SafetyEscalation raiseSafetyEscalation(String raisedBy, String concern, Instant at) {
    return raiseSafetyEscalation(raisedBy, concern, at, null);
  }

  public SafetyEscalation raiseSafetyEscalation(String raisedBy, String concern, Instant at, String idempotencyKey) {
    SafetyEscalation escalation =
        new SafetyEscalation(this, raisedBy, concern, people().headOfService(), at, idempotencyKey);
    safetyEscalations.add(escalation);
    return escalation;
  }

  public void useCatalogue(int version) {
    this.catalogueVersion = version;
  }

  public void belongsToTheme(String themeReference) {
    this.themeReference = themeReference;
  }

  public void followUp(String previousEvaluationReference) {
    this.previousEvaluationReference = previousEvaluationReference;
  }

  public List<EvaluationAction> openActions() {
    return actions.stream().filter(EvaluationAction::isOpen).toList();
  }

  public List<SectionJudgement> sections(SectionJudgement.Stage stage) {
    return sections.stream().filter(s -> s.getStage() == stage).toList();
  }

  public Optional<EvaluationAction> action(int number) {
    return actions.stream().filter(a -> a.getNumber() == number).findFirst();
  }

  // --- the parts (never null) --------------------------------------------------------------------------------

  public EvaluationPeople people() { return people == null ? people = new EvaluationPeople() : people; }
  public EvaluationDates dates() { return dates == null ? dates = new EvaluationDates() : dates; }
  public ContactRecord contact() { return contact == null ? contact = new ContactRecord() : contact; }
  public EvaluationGrades grades() { return grades == null ? grades = new EvaluationGrades() : grades; }
  public ReflectiveDiscussion reflectiveDiscussion() {
    return reflectiveDiscussion == null ? reflectiveDiscussion = new ReflectiveDiscussion() : reflectiveDiscussion;
  }
  public ModerationRecord moderation() {
    return moderation == null ? moderation = new ModerationRecord() : moderation;
  }
  public DisputeRecord dispute() { return dispute == null ? dispute = new DisputeRecord() : dispute; }
  public TeamFollowUpRecord teamFollowUp() {
    return teamFollowUp == null ? teamFollowUp = new TeamFollowUpRecord() : teamFollowUp;
  }

  // --- getters -----------------------------------------------------------------------------------------------

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public EvaluationType getType() { return type; }
  public boolean isModerated() { return moderated; }
  public EvaluationStage getStage() { return stage; }
  public String getProcessInstanceId() { return processInstanceId; }
  public ChildCase getChildCase() { return childCase; }
  public String getChildReference() { return childReference; }
  public Team getTeam() { return team; }
  public boolean isGoodPracticeToShare() { return goodPracticeToShare; }
  public String getPreviousEvaluationReference() { return previousEvaluationReference; }
  public String getThemeReference() { return themeReference; }
  public Integer getCatalogueVersion() { return catalogueVersion; }
  public List<SectionJudgement> getSections() { return sections; }
  public List<EvaluationAction> getActions() { return actions; }
  public List<FamilyFeedback> getFeedback() { return feedback; }
  public List<SafetyEscalation> getSafetyEscalations() { return safetyEscalations; }
  public List<EnquiryAnswer> getEnquiryAnswers() { return enquiryAnswers; }
  public List<PartnerAgencyFinding> getPartnerAgencies() { return partnerAgencies; }
}
