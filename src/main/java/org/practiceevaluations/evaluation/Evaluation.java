package org.practiceevaluations.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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

  // People (Camunda user ids)
  @Column(nullable = false, length = 64)
  private String auditor;
  @Column(length = 64)
  private String moderator;
  @Column(name = "social_worker", nullable = false, length = 64)
  private String socialWorker;
  @Column(name = "team_manager", nullable = false, length = 64)
  private String teamManager;
  @Column(name = "practice_manager", nullable = false, length = 64)
  private String practiceManager;
  @Column(name = "head_of_service", nullable = false, length = 64)
  private String headOfService;
  @Column(length = 64)
  private String iro;
  @Column(name = "allocated_by", length = 64)
  private String allocatedBy;

  // Dates
  @Column(name = "allocated_at", nullable = false)
  private Instant allocatedAt;
  @Column(name = "due_at", nullable = false)
  private Instant dueAt;
  @Column(name = "submitted_at")
  private Instant submittedAt;
  @Column(name = "moderation_due_at")
  private Instant moderationDueAt;
  @Column(name = "moderated_at")
  private Instant moderatedAt;
  @Column(name = "finalised_at")
  private Instant finalisedAt;
  @Column(name = "shared_at")
  private Instant sharedAt;
  @Column(name = "case_note_due_at")
  private Instant caseNoteDueAt;
  @Column(name = "case_note_added_at")
  private Instant caseNoteAddedAt;
  @Column(name = "completed_at")
  private Instant completedAt;

  // Contact with the social worker and the family
  @Column(name = "social_worker_contacted_on")
  private LocalDate socialWorkerContactedOn;
  @Column(name = "social_worker_contact_notes", length = 20000)
  private String socialWorkerContactNotes;
  @Column(name = "family_contact_safe")
  private Boolean familyContactSafe;
  @Column(name = "family_not_contacted_reason", length = 20000)
  private String familyNotContactedReason;
  /** Why no feedback could be gathered although it was safe to ask (nobody answered, declined, ...). */
  @Column(name = "no_feedback_reason", length = 20000)
  private String noFeedbackReason;

  /**
   * The auditor flagged the good practice example (the commentary of the good practice section) to be shared across
   * Children's Services; the quarterly report's good-practice digest gathers these.
   */
  @Column(name = "good_practice_to_share", nullable = false)
  private boolean goodPracticeToShare;

  // The first auditor's evaluation, and section 15: the reflective discussion with the team and its view of the grade
  @Enumerated(EnumType.STRING)
  @Column(name = "first_grade", length = 30)
  private Grade firstGrade;
  @Column(name = "completed_by", length = 64)
  private String completedBy;
  @Column(name = "reflective_discussion_on")
  private LocalDate reflectiveDiscussionOn;
  @Column(name = "reflective_discussion_attendees", length = 2000)
  private String reflectiveDiscussionAttendees;
  @Column(name = "reflective_discussion", length = 20000)
  private String reflectiveDiscussion;
  @Column(name = "team_agrees_with_grade")
  private Boolean teamAgreesWithGrade;
  @Enumerated(EnumType.STRING)
  @Column(name = "team_view_of_grade", length = 30)
  private Grade teamViewOfGrade;
  @Column(name = "team_view_reason", length = 20000)
  private String teamViewReason;

  // Moderation
  @Column(name = "initial_findings", length = 20000)
  private String initialFindings;
  @Enumerated(EnumType.STRING)
  @Column(name = "moderated_grade", length = 30)
  private Grade moderatedGrade;
  @Column(name = "learning_for_auditor", length = 20000)
  private String learningForAuditor;
  @Column(name = "learning_for_team", length = 20000)
  private String learningForTeam;
  @Column(name = "moderation_discussion_on")
  private LocalDate moderationDiscussionOn;
  @Column(name = "moderation_discussion", length = 20000)
  private String moderationDiscussion;
  /** Section 15a: the team's view of the moderator's grade, kept apart from its view at section 15. */
  @Column(name = "moderation_team_agrees_with_grade")
  private Boolean moderationTeamAgreesWithGrade;
  @Enumerated(EnumType.STRING)
  @Column(name = "moderation_team_view_of_grade", length = 30)
  private Grade moderationTeamViewOfGrade;
  @Column(name = "moderation_team_view_reason", length = 20000)
  private String moderationTeamViewReason;
  @Column(name = "discrepancy")
  private Boolean discrepancy;

  // Grading dispute (docs/guide.md, "A disputed grade"): the discussion with the team, then the audit manager's decision
  @Column(name = "grade_disputed", nullable = false)
  private boolean gradeDisputed;
  @Column(name = "dispute_discussion", length = 20000)
  private String disputeDiscussion;
  @Column(name = "dispute_resolved")
  private Boolean disputeResolved;
  @Enumerated(EnumType.STRING)
  @Column(name = "agreed_grade", length = 30)
  private Grade agreedGrade;
  @Column(name = "dispute_discussed_at")
  private Instant disputeDiscussedAt;
  @Column(name = "decided_by", length = 64)
  private String decidedBy;
  @Enumerated(EnumType.STRING)
  @Column(name = "decided_grade", length = 30)
  private Grade decidedGrade;
  @Column(name = "decision_reason", length = 20000)
  private String decisionReason;
  @Column(name = "decided_at")
  private Instant decidedAt;

  // The final grade and where it came from
  @Enumerated(EnumType.STRING)
  @Column(name = "final_grade", length = 30)
  private Grade finalGrade;
  @Enumerated(EnumType.STRING)
  @Column(name = "final_grade_source", length = 30)
  private FinalGradeSource finalGradeSource;

  // The team's dispute of the grade after the evaluation reached it (docs/guide.md, "A disputed grade")
  @Column(name = "shared_dispute_at")
  private Instant sharedDisputeAt;
  @Column(name = "shared_dispute_by", length = 64)
  private String sharedDisputeBy;
  @Enumerated(EnumType.STRING)
  @Column(name = "shared_dispute_grade", length = 30)
  private Grade sharedDisputeGrade;
  @Column(name = "shared_dispute_reason", length = 20000)
  private String sharedDisputeReason;

  // The auditor's "no surprises" conversation about an inadequate grade, before the evaluation is sent to the team
  @Column(name = "team_told_of_outcome_on")
  private LocalDate teamToldOfOutcomeOn;
  @Column(name = "team_told_of_outcome_by", length = 64)
  private String teamToldOfOutcomeBy;
  @Column(name = "team_told_of_outcome_notes", length = 20000)
  private String teamToldOfOutcomeNotes;

  // Receiving team (docs/guide.md, "The team's follow-up")
  @Column(name = "supervision_on")
  private LocalDate supervisionOn;
  @Column(name = "supervision_notes", length = 20000)
  private String supervisionNotes;

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
    this.auditor = auditor;
    this.moderator = moderator;
    this.socialWorker = childCase.getAllocatedWorker();
    this.teamManager = team.getTeamManager();
    this.practiceManager = team.getPracticeManager();
    this.headOfService = team.getHeadOfService();
    this.iro = childCase.getIro();
    this.allocatedBy = allocatedBy;
    this.allocatedAt = allocatedAt;
    this.dueAt = dueAt;
  }

  // --- behaviour -------------------------------------------------------------------------------------------

  public void linkProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void setDueAt(Instant dueAt) {
    this.dueAt = dueAt;
  }

  public void recordSocialWorkerContact(LocalDate contactedOn, String notes, boolean familyContactSafe,
      String notContactedReason) {
    this.socialWorkerContactedOn = contactedOn;
    this.socialWorkerContactNotes = notes;
    this.familyContactSafe = familyContactSafe;
    this.familyNotContactedReason = familyContactSafe ? null : notContactedReason;
    this.stage = EvaluationStage.IN_PROGRESS;
  }

  public void replaceFeedback(List<FamilyFeedback> newFeedback, String noFeedbackReason) {
    this.noFeedbackReason = newFeedback.isEmpty() ? noFeedbackReason : null;
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

  public void recordFirstGrade(Grade grade, String completedBy) {
    this.firstGrade = grade;
    this.completedBy = completedBy;
  }

  public void recordReflectiveDiscussion(LocalDate on, String attendees, String discussion, boolean teamAgrees,
      Grade teamView, String teamViewReason) {
    this.reflectiveDiscussionOn = on;
    this.reflectiveDiscussionAttendees = attendees;
    this.reflectiveDiscussion = discussion;
    this.teamAgreesWithGrade = teamAgrees;
    this.teamViewOfGrade = teamAgrees ? null : teamView;
    this.teamViewReason = teamAgrees ? null : teamViewReason;
  }

  public void markSubmitted(Instant at, Instant moderationDueAt) {
    this.submittedAt = at;
    this.moderationDueAt = moderationDueAt;
    this.stage = moderated ? EvaluationStage.AWAITING_MODERATION : EvaluationStage.IN_PROGRESS;
    if (!moderated) {
      settleFinalGrade(firstGrade, FinalGradeSource.FIRST_AUDITOR, at);
    }
  }

  public void recordInitialFindings(String findings) {
    this.initialFindings = findings;
  }

  public void recordModeration(Grade grade, String learningForAuditor, String learningForTeam) {
    this.moderatedGrade = grade;
    this.learningForAuditor = learningForAuditor;
    this.learningForTeam = learningForTeam;
  }

  /**
   * The moderation discussion (section 15a), the discrepancy, and the moderator's grade as final (docs/guide.md,
   * "Moderation"). The team's view recorded here is the view of the moderator's grade; the view recorded at the
   * reflective discussion (section 15) stays as it was.
   */
  public void completeModeration(LocalDate discussedOn, String discussion, boolean teamAgrees, Grade teamView,
      String teamViewReason, Instant at) {
    this.moderationDiscussionOn = discussedOn;
    this.moderationDiscussion = discussion;
    this.moderatedAt = at;
    this.discrepancy = firstGrade != null && moderatedGrade != firstGrade;
    this.moderationTeamAgreesWithGrade = teamAgrees;
    this.moderationTeamViewOfGrade = teamAgrees ? null : teamView;
    this.moderationTeamViewReason = teamAgrees ? null : teamViewReason;
    settleFinalGrade(moderatedGrade, FinalGradeSource.MODERATOR, at);
  }

  /**
   * Whether the team agrees with the grade as it stands: after a moderation discussion, its view there (15a);
   * otherwise its view at the reflective discussion (15). Null until the team has been asked.
   */
  public Boolean teamAgreesWithCurrentGrade() {
    return moderatedAt != null ? moderationTeamAgreesWithGrade : teamAgreesWithGrade;
  }

  /** The grade the team thinks right, at the discussion that counts now (see {@link #teamAgreesWithCurrentGrade}). */
  public Grade teamViewOfCurrentGrade() {
    if (sharedDisputeAt != null) {
      return sharedDisputeGrade;
    }
    return moderatedAt != null ? moderationTeamViewOfGrade : teamViewOfGrade;
  }

  /** The team's reasons, at the discussion that counts now (see {@link #teamAgreesWithCurrentGrade}). */
  public String teamReasonsAboutCurrentGrade() {
    if (sharedDisputeAt != null) {
      return sharedDisputeReason;
    }
    return moderatedAt != null ? moderationTeamViewReason : teamViewReason;
  }

  /**
   * The team's disagreement with the final grade is being worked through (docs/guide.md, "A disputed grade"). Once the
   * evaluation has been shared, its stage stays where the team's follow-up has it.
   */
  public void openDispute() {
    this.gradeDisputed = true;
    if (sharedAt == null) {
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
    this.sharedDisputeBy = by;
    this.sharedDisputeGrade = teamView;
    this.sharedDisputeReason = reason;
    this.sharedDisputeAt = at;
  }

  public void recordDisputeDiscussion(String discussion, boolean resolved, Grade agreedGrade, Instant at) {
    requireUnmoderated("agreed after a discussion of the grade");
    this.disputeDiscussion = discussion;
    this.disputeResolved = resolved;
    this.disputeDiscussedAt = at;
    this.agreedGrade = resolved ? agreedGrade : null;
    if (resolved && agreedGrade != null) {
      settleFinalGrade(agreedGrade, FinalGradeSource.AGREED_AFTER_DISCUSSION, at);
    }
  }

  public void decideGrade(Grade grade, String decidedBy, String reason, Instant at) {
    requireUnmoderated("decided by the audit manager");
    this.decidedBy = decidedBy;
    this.decidedGrade = grade;
    this.decisionReason = reason;
    this.decidedAt = at;
    settleFinalGrade(grade, FinalGradeSource.AUDIT_MANAGER, at);
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

  private void settleFinalGrade(Grade grade, FinalGradeSource source, Instant at) {
    this.finalGrade = grade;
    this.finalGradeSource = source;
    this.finalisedAt = at;
  }

  /** The auditor told the team of an inadequate outcome and the next actions, before the written evaluation. */
  public void recordTeamToldOfOutcome(LocalDate on, String by, String notes) {
    this.teamToldOfOutcomeOn = on;
    this.teamToldOfOutcomeBy = by;
    this.teamToldOfOutcomeNotes = notes;
  }

  public void markShared(Instant at, Instant caseNoteDueAt) {
    this.sharedAt = at;
    this.caseNoteDueAt = caseNoteDueAt;
    this.stage = EvaluationStage.SHARED;
  }

  public void recordSupervision(LocalDate on, String notes) {
    this.supervisionOn = on;
    this.supervisionNotes = notes;
  }

  public void markCaseNoteAdded(Instant at) {
    this.caseNoteAddedAt = at;
    this.stage = openActions().isEmpty() ? EvaluationStage.COMPLETE : EvaluationStage.ACTIONS_OPEN;
  }

  public void markComplete(Instant at) {
    this.completedAt = at;
    this.stage = EvaluationStage.COMPLETE;
  }

  public void markCancelled(Instant at) {
    this.completedAt = at;
    this.stage = EvaluationStage.CANCELLED;
  }

  public SafetyEscalation raiseSafetyEscalation(String raisedBy, String concern, Instant at) {
    return raiseSafetyEscalation(raisedBy, concern, at, null);
  }

  public SafetyEscalation raiseSafetyEscalation(String raisedBy, String concern, Instant at, String idempotencyKey) {
    SafetyEscalation escalation = new SafetyEscalation(this, raisedBy, concern, headOfService, at, idempotencyKey);
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

  /** Everyone with a part in this evaluation (for "may this person see it?"). */
  public boolean involves(String userId) {
    return userId != null && (userId.equals(auditor) || userId.equals(moderator) || userId.equals(socialWorker)
        || userId.equals(teamManager) || userId.equals(practiceManager) || userId.equals(headOfService)
        || userId.equals(iro));
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
  public String getAuditor() { return auditor; }
  public String getModerator() { return moderator; }
  public String getSocialWorker() { return socialWorker; }
  public String getTeamManager() { return teamManager; }
  public String getPracticeManager() { return practiceManager; }
  public String getHeadOfService() { return headOfService; }
  public String getIro() { return iro; }
  public String getAllocatedBy() { return allocatedBy; }
  public Instant getAllocatedAt() { return allocatedAt; }
  public Instant getDueAt() { return dueAt; }
  public Instant getSubmittedAt() { return submittedAt; }
  public Instant getModerationDueAt() { return moderationDueAt; }
  public Instant getModeratedAt() { return moderatedAt; }
  public Instant getFinalisedAt() { return finalisedAt; }
  public Instant getSharedAt() { return sharedAt; }
  public Instant getCaseNoteDueAt() { return caseNoteDueAt; }
  public Instant getCaseNoteAddedAt() { return caseNoteAddedAt; }
  public Instant getCompletedAt() { return completedAt; }
  public LocalDate getSocialWorkerContactedOn() { return socialWorkerContactedOn; }
  public String getSocialWorkerContactNotes() { return socialWorkerContactNotes; }
  public Boolean getFamilyContactSafe() { return familyContactSafe; }
  public String getFamilyNotContactedReason() { return familyNotContactedReason; }
  public String getNoFeedbackReason() { return noFeedbackReason; }
  public boolean isGoodPracticeToShare() { return goodPracticeToShare; }
  public Grade getFirstGrade() { return firstGrade; }
  public String getCompletedBy() { return completedBy; }
  public LocalDate getReflectiveDiscussionOn() { return reflectiveDiscussionOn; }
  public String getReflectiveDiscussionAttendees() { return reflectiveDiscussionAttendees; }
  public String getReflectiveDiscussion() { return reflectiveDiscussion; }
  public Boolean getTeamAgreesWithGrade() { return teamAgreesWithGrade; }
  public Grade getTeamViewOfGrade() { return teamViewOfGrade; }
  public String getTeamViewReason() { return teamViewReason; }
  public String getInitialFindings() { return initialFindings; }
  public Grade getModeratedGrade() { return moderatedGrade; }
  public String getLearningForAuditor() { return learningForAuditor; }
  public String getLearningForTeam() { return learningForTeam; }
  public LocalDate getModerationDiscussionOn() { return moderationDiscussionOn; }
  public String getModerationDiscussion() { return moderationDiscussion; }
  public Boolean getModerationTeamAgreesWithGrade() { return moderationTeamAgreesWithGrade; }
  public Grade getModerationTeamViewOfGrade() { return moderationTeamViewOfGrade; }
  public String getModerationTeamViewReason() { return moderationTeamViewReason; }
  public Boolean getDiscrepancy() { return discrepancy; }
  public boolean isGradeDisputed() { return gradeDisputed; }
  public String getDisputeDiscussion() { return disputeDiscussion; }
  public Boolean getDisputeResolved() { return disputeResolved; }
  public Grade getAgreedGrade() { return agreedGrade; }
  public Instant getDisputeDiscussedAt() { return disputeDiscussedAt; }
  public String getDecidedBy() { return decidedBy; }
  public Grade getDecidedGrade() { return decidedGrade; }
  public String getDecisionReason() { return decisionReason; }
  public Instant getDecidedAt() { return decidedAt; }
  public Grade getFinalGrade() { return finalGrade; }
  public FinalGradeSource getFinalGradeSource() { return finalGradeSource; }
  public Instant getSharedDisputeAt() { return sharedDisputeAt; }
  public String getSharedDisputeBy() { return sharedDisputeBy; }
  public Grade getSharedDisputeGrade() { return sharedDisputeGrade; }
  public String getSharedDisputeReason() { return sharedDisputeReason; }
  public LocalDate getTeamToldOfOutcomeOn() { return teamToldOfOutcomeOn; }
  public String getTeamToldOfOutcomeBy() { return teamToldOfOutcomeBy; }
  public String getTeamToldOfOutcomeNotes() { return teamToldOfOutcomeNotes; }
  public LocalDate getSupervisionOn() { return supervisionOn; }
  public String getSupervisionNotes() { return supervisionNotes; }
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
