package org.practiceevaluations.concern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A case of concern (docs/guide.md, "Cases of concern"): opened by an inadequate final grade, followed by the practice
 * manager's response, a review meeting, monthly progress reviews, and a re-audit three months on. Improved and
 * sustained closes it; still inadequate carries it on with the new evaluation.
 */
@Entity
@Table(name = "pe_case_of_concern")
public class CaseOfConcern {

  public enum Status { OPEN, CLOSED }

  public enum Outcome { IMPROVED_AND_SUSTAINED, GRADE_REVISED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(nullable = false, unique = true, length = 20)
  private String reference;
  @Column(name = "child_reference", nullable = false, length = 40)
  private String childReference;
  @Column(name = "first_evaluation_reference", nullable = false, length = 20)
  private String firstEvaluationReference;
  @Column(name = "current_evaluation_reference", nullable = false, length = 20)
  private String currentEvaluationReference;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.OPEN;
  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;
  @Column(name = "closed_at")
  private Instant closedAt;
  @Column(name = "practice_manager", length = 64)
  private String practiceManager;
  @Column(name = "response_at")
  private Instant responseAt;
  @Column(name = "response_actions", length = 20000)
  private String responseActions;
  @Column(name = "response_to_findings", length = 20000)
  private String responseToFindings;
  @Column(name = "review_meeting_on")
  private LocalDate reviewMeetingOn;
  @Column(name = "review_attendees", length = 2000)
  private String reviewAttendees;
  @Column(name = "review_outcome", length = 20000)
  private String reviewOutcome;
  @Column(name = "re_audit_due_on")
  private LocalDate reAuditDueOn;
  @Column(name = "re_audit_evaluation_reference", length = 20)
  private String reAuditEvaluationReference;
  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Outcome outcome;
  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;
  @OneToMany(mappedBy = "concern", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("reviewedOn ASC, id ASC")
  private List<ConcernProgressReview> progressReviews = new ArrayList<>();
  @Version
  private long version;

  protected CaseOfConcern() {}

  public CaseOfConcern(String reference, String childReference, String evaluationReference, String practiceManager,
      Instant openedAt, String processInstanceId) {
    this.reference = reference;
    this.childReference = childReference;
    this.firstEvaluationReference = evaluationReference;
    this.currentEvaluationReference = evaluationReference;
    this.practiceManager = practiceManager;
    this.openedAt = openedAt;
    this.processInstanceId = processInstanceId;
  }

  public void recordResponse(String actions, String responseToFindings, Instant at) {
    this.responseActions = actions;
    this.responseToFindings = responseToFindings;
    this.responseAt = at;
  }

  public void recordReviewMeeting(LocalDate on, String attendees, String outcome) {
    this.reviewMeetingOn = on;
    this.reviewAttendees = attendees;
    this.reviewOutcome = outcome;
  }

  public ConcernProgressReview addProgressReview(LocalDate on, String by, String progress, boolean onTrack,
      Boolean improvementSustained) {
    ConcernProgressReview review = new ConcernProgressReview(this, on, by, progress, onTrack, improvementSustained);
    progressReviews.add(review);
    return review;
  }

  public void reAuditDue(LocalDate dueOn) {
    this.reAuditDueOn = dueOn;
  }

  /** The re-audit is allocated: its evaluation, due by {@link #getReAuditDueOn()}. */
  public void reAuditAllocated(String evaluationReference) {
    this.reAuditEvaluationReference = evaluationReference;
  }

  /** The latest monthly review, if any. */
  public java.util.Optional<ConcernProgressReview> latestProgressReview() {
    return progressReviews.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(progressReviews.get(progressReviews.size() - 1));
  }

  /** A re-audit still graded inadequate: the concern carries on with the new evaluation, from the start. */
  public void carryOnWith(String newEvaluationReference) {
    this.reAuditEvaluationReference = newEvaluationReference;
    this.currentEvaluationReference = newEvaluationReference;
    this.responseAt = null;
    this.responseActions = null;
    this.responseToFindings = null;
    this.reviewMeetingOn = null;
    this.reviewAttendees = null;
    this.reviewOutcome = null;
    this.reAuditDueOn = null;
  }

  public void close(String reAuditReference, Instant at) {
    this.reAuditEvaluationReference = reAuditReference;
    this.status = Status.CLOSED;
    this.outcome = Outcome.IMPROVED_AND_SUSTAINED;
    this.closedAt = at;
  }

  /** The evaluation's grade was revised after the team's dispute and is no longer inadequate. */
  public void closeAsRevised(Instant at) {
    this.status = Status.CLOSED;
    this.outcome = Outcome.GRADE_REVISED;
    this.closedAt = at;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public String getChildReference() { return childReference; }
  public String getFirstEvaluationReference() { return firstEvaluationReference; }
  public String getCurrentEvaluationReference() { return currentEvaluationReference; }
  public Status getStatus() { return status; }
  public Instant getOpenedAt() { return openedAt; }
  public Instant getClosedAt() { return closedAt; }
  public String getPracticeManager() { return practiceManager; }
  public Instant getResponseAt() { return responseAt; }
  public String getResponseActions() { return responseActions; }
  public String getResponseToFindings() { return responseToFindings; }
  public LocalDate getReviewMeetingOn() { return reviewMeetingOn; }
  public String getReviewAttendees() { return reviewAttendees; }
  public String getReviewOutcome() { return reviewOutcome; }
  public LocalDate getReAuditDueOn() { return reAuditDueOn; }
  public String getReAuditEvaluationReference() { return reAuditEvaluationReference; }
  public Outcome getOutcome() { return outcome; }
  public String getProcessInstanceId() { return processInstanceId; }
  public List<ConcernProgressReview> getProgressReviews() { return progressReviews; }
}
