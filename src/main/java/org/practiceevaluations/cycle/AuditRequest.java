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
import org.practiceevaluations.common.Coded;

/**
 * Someone asks for a case to be added to the monthly cycle; the audit manager accepts or declines (docs/guide.md, "The
 * monthly audit cycle, requests and audit types").
 */
@Entity
@Table(name = "pe_audit_request")
public class AuditRequest {

  /** The reasons the guide gives, and "other". */
  public enum Reason implements Coded {
    LONG_TIME_ON_PLAN("long-time-on-plan", "A long time on a child in need or child protection plan"),
    COMPLEX_SITUATION("complex-situation", "An outside view on a complex situation"),
    FRESH_IDEAS("fresh-ideas", "New ideas for our approach with the family"),
    NEWLY_QUALIFIED("newly-qualified", "Supporting a newly qualified worker"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    Reason(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String code() { return code; }
    public String label() { return label; }

    public static Reason parse(String value) {
      return Coded.parse(Reason.class, value);
    }
  }

  public enum Status { PENDING, ACCEPTED, DECLINED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(nullable = false, unique = true, length = 20)
  private String reference;
  @Column(name = "child_reference", nullable = false, length = 40)
  private String childReference;
  @Column(name = "requested_by", nullable = false, length = 64)
  private String requestedBy;
  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Reason reason;
  @Column(name = "reason_text", length = 2000)
  private String reasonText;
  @Column(length = 20000)
  private String details;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.PENDING;
  @Column(name = "decided_by", length = 64)
  private String decidedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;
  @Column(name = "decision_reason", length = 20000)
  private String decisionReason;
  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;
  @Version
  private long version;

  protected AuditRequest() {}

  public AuditRequest(String reference, String childReference, String requestedBy, Instant requestedAt, Reason reason,
      String reasonText, String details, String processInstanceId) {
    this.reference = reference;
    this.childReference = childReference;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.reason = reason;
    this.reasonText = reasonText;
    this.details = details;
    this.processInstanceId = processInstanceId;
  }

  public void decide(boolean accepted, String by, String why, Instant at) {
    this.status = accepted ? Status.ACCEPTED : Status.DECLINED;
    this.decidedBy = by;
    this.decisionReason = why;
    this.decidedAt = at;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public String getChildReference() { return childReference; }
  public String getRequestedBy() { return requestedBy; }
  public Instant getRequestedAt() { return requestedAt; }
  public Reason getReason() { return reason; }
  public String getReasonText() { return reasonText; }
  public String getDetails() { return details; }
  public Status getStatus() { return status; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getDecisionReason() { return decisionReason; }
}
