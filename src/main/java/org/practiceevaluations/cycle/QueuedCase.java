package org.practiceevaluations.cycle;

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

/** A case waiting for the next monthly cycle: an accepted request, or the re-audit of a case of concern. */
@Entity
@Table(name = "pe_audit_queue")
public class QueuedCase {

  public enum Kind { REQUEST, RE_AUDIT }

  public enum Status { QUEUED, ALLOCATED, CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "child_reference", nullable = false, length = 40)
  private String childReference;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;
  @Column(name = "request_reference", length = 20)
  private String requestReference;
  @Column(name = "previous_evaluation_reference", length = 20)
  private String previousEvaluationReference;
  @Column(name = "concern_reference", length = 20)
  private String concernReference;
  /** The first cycle date on which it may be taken. */
  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.QUEUED;
  @Column(name = "cycle_reference", length = 30)
  private String cycleReference;
  @Column(name = "queued_at", nullable = false)
  private Instant queuedAt;
  @Version
  private long version;

  protected QueuedCase() {}

  public static QueuedCase request(String childReference, String requestReference, LocalDate dueOn, Instant at) {
    QueuedCase q = new QueuedCase();
    q.childReference = childReference;
    q.kind = Kind.REQUEST;
    q.requestReference = requestReference;
    q.dueOn = dueOn;
    q.queuedAt = at;
    return q;
  }

  public static QueuedCase reAudit(String childReference, String previousEvaluationReference,
      String concernReference, LocalDate dueOn, Instant at) {
    QueuedCase q = new QueuedCase();
    q.childReference = childReference;
    q.kind = Kind.RE_AUDIT;
    q.previousEvaluationReference = previousEvaluationReference;
    q.concernReference = concernReference;
    q.dueOn = dueOn;
    q.queuedAt = at;
    return q;
  }

  public void allocateTo(String cycleReference) {
    this.status = Status.ALLOCATED;
    this.cycleReference = cycleReference;
  }

  public Long getId() { return id; }
  public String getChildReference() { return childReference; }
  public Kind getKind() { return kind; }
  public String getRequestReference() { return requestReference; }
  public String getPreviousEvaluationReference() { return previousEvaluationReference; }
  public String getConcernReference() { return concernReference; }
  public LocalDate getDueOn() { return dueOn; }
  public Status getStatus() { return status; }
  public String getCycleReference() { return cycleReference; }
}
