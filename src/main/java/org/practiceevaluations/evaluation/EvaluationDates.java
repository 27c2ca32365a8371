package org.practiceevaluations.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The evaluation's milestones from allocation to closing: when it was allocated and is due, when the first auditor
 * submitted it, when it was shared with the team and the case note is due and added, and when it was closed
 * (complete or cancelled). Moderation's own dates are in {@link ModerationRecord}, the final grade's in
 * {@link EvaluationGrades}.
 */
@Embeddable
public class EvaluationDates {

  @Column(name = "allocated_at", nullable = false)
  private Instant allocatedAt;
  @Column(name = "due_at", nullable = false)
  private Instant dueAt;
  @Column(name = "submitted_at")
  private Instant submittedAt;
  @Column(name = "shared_at")
  private Instant sharedAt;
  @Column(name = "case_note_due_at")
  private Instant caseNoteDueAt;
  @Column(name = "case_note_added_at")
  private Instant caseNoteAddedAt;
  @Column(name = "completed_at")
  private Instant completedAt;

  protected EvaluationDates() {}

  EvaluationDates(Instant allocatedAt, Instant dueAt) {
    this.allocatedAt = allocatedAt;
    this.dueAt = dueAt;
  }

  /** A new deadline for the first auditor's work. */
  public void reschedule(Instant dueAt) {
    this.dueAt = dueAt;
  }

  void submitted(Instant at) {
    this.submittedAt = at;
  }

  void shared(Instant at, Instant caseNoteDueAt) {
    this.sharedAt = at;
    this.caseNoteDueAt = caseNoteDueAt;
  }

  void caseNoteAdded(Instant at) {
    this.caseNoteAddedAt = at;
  }

  void closed(Instant at) {
    this.completedAt = at;
  }

  public Instant allocatedAt() { return allocatedAt; }
  public Instant dueAt() { return dueAt; }
  public Instant submittedAt() { return submittedAt; }
  public Instant sharedAt() { return sharedAt; }
  public Instant caseNoteDueAt() { return caseNoteDueAt; }
  public Instant caseNoteAddedAt() { return caseNoteAddedAt; }
  /** When the evaluation was closed: completed, or cancelled. */
  public Instant completedAt() { return completedAt; }
}
