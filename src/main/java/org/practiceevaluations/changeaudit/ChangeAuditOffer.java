package org.practiceevaluations.changeaudit;

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
import org.practiceevaluations.caseregister.CaseChange;

/**
 * A transfer or closure audit offered to a case's team manager after a register import (docs/guide.md, "The monthly
 * audit cycle, requests and audit types"): whether they started it, and which evaluation, or why not (free text,
 * kept here and never in the engine).
 */
@Entity
@Table(name = "pe_change_audit_offer")
public class ChangeAuditOffer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(nullable = false, unique = true, length = 30)
  private String reference;
  @Column(name = "child_reference", nullable = false, length = 40)
  private String childReference;
  @Enumerated(EnumType.STRING)
  @Column(name = "change_kind", nullable = false, length = 20)
  private CaseChange.Kind kind;
  @Column(name = "team_code", nullable = false, length = 40)
  private String teamCode;
  @Column(name = "from_team_code", length = 40)
  private String fromTeamCode;
  @Column(name = "team_manager", nullable = false, length = 64)
  private String teamManager;
  @Column(name = "offered_at", nullable = false)
  private Instant offeredAt;
  @Column(name = "decided_by", length = 64)
  private String decidedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;
  @Column(name = "audit_started")
  private Boolean auditStarted;
  @Column(name = "evaluation_reference", length = 30)
  private String evaluationReference;
  @Column(name = "not_started_reason", length = 20000)
  private String notStartedReason;
  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;
  @Version
  private long version;

  protected ChangeAuditOffer() {}

  ChangeAuditOffer(String reference, CaseChange change, String teamManager, Instant offeredAt,
      String processInstanceId) {
    this.reference = reference;
    this.childReference = change.childReference();
    this.kind = change.kind();
    this.teamCode = change.teamCode();
    this.fromTeamCode = change.fromTeamCode();
    this.teamManager = teamManager;
    this.offeredAt = offeredAt;
    this.processInstanceId = processInstanceId;
  }

  void decide(boolean start, String reason, String by, Instant at) {
    this.auditStarted = start;
    this.notStartedReason = start ? null : reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  void started(String evaluationReference) {
    this.evaluationReference = evaluationReference;
  }

  public String getReference() { return reference; }
  public String getChildReference() { return childReference; }
  public CaseChange.Kind getKind() { return kind; }
  public String getTeamCode() { return teamCode; }
  public String getFromTeamCode() { return fromTeamCode; }
  public String getTeamManager() { return teamManager; }
  public Instant getOfferedAt() { return offeredAt; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public Boolean getAuditStarted() { return auditStarted; }
  public String getEvaluationReference() { return evaluationReference; }
  public String getNotStartedReason() { return notStartedReason; }
  public String getProcessInstanceId() { return processInstanceId; }
}
