package org.practiceevaluations.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A further deadline a QA meeting set on an evaluation's action that had not been carried out (guide: "further
 * deadlines for completion will be set"), followed until the action is done (met), the date passes (missed), or a
 * later meeting sets yet another date (superseded: the newer deadline is followed instead).
 */
@Entity
@Table(name = "pe_qa_further_deadline")
public class FurtherDeadline {

  /** Pending until checked; met (done), missed (date passed), superseded (a later meeting moved it again). */
  public enum Status { PENDING, MET, MISSED, SUPERSEDED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;
  @Column(name = "action_id", nullable = false)
  private Long actionId;
  @Column(name = "evaluation_reference", nullable = false, length = 20)
  private String evaluationReference;
  @Column(name = "action_number", nullable = false)
  private int actionNumber;
  @Column(name = "previous_due_on", nullable = false)
  private LocalDate previousDueOn;
  @Column(name = "new_due_on", nullable = false)
  private LocalDate newDueOn;
  @Column(length = 4000)
  private String note;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.PENDING;
  @Column(name = "checked_at")
  private Instant checkedAt;
  @Version
  private long version;

  protected FurtherDeadline() {}

  FurtherDeadline(Long meetingId, Long actionId, String evaluationReference, int actionNumber, LocalDate previousDueOn,
      LocalDate newDueOn, String note) {
    this.meetingId = meetingId;
    this.actionId = actionId;
    this.evaluationReference = evaluationReference;
    this.actionNumber = actionNumber;
    this.previousDueOn = previousDueOn;
    this.newDueOn = newDueOn;
    this.note = note;
  }

  void settle(Status outcome, Instant at) {
    this.status = outcome;
    this.checkedAt = at;
  }

  public Long getId() { return id; }
  public Long getMeetingId() { return meetingId; }
  public Long getActionId() { return actionId; }
  public String getEvaluationReference() { return evaluationReference; }
  public int getActionNumber() { return actionNumber; }
  public LocalDate getPreviousDueOn() { return previousDueOn; }
  public LocalDate getNewDueOn() { return newDueOn; }
  public String getNote() { return note; }
  public Status getStatus() { return status; }
  public Instant getCheckedAt() { return checkedAt; }
}
