package org.practiceevaluations.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A child judged at risk of significant harm during an evaluation (docs/guide.md, "Safety escalations"): raised by the
 * auditor or the moderator, told at once to the head of service, team manager and audit manager; the head of service
 * confirms what was done.
 */
@Entity
@Table(name = "pe_safety_escalation")
public class SafetyEscalation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "evaluation_id", nullable = false)
  private Evaluation evaluation;

  @Column(name = "raised_by", nullable = false, length = 64)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(nullable = false, length = 20000)
  private String concern;

  @Column(name = "head_of_service", nullable = false, length = 64)
  private String headOfService;

  @Column(name = "confirmed_by", length = 64)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "action_taken", length = 20000)
  private String actionTaken;

  /** The same escalation sent twice is recorded once (see {@link SafetyEscalations#raise}). */
  @Column(name = "idempotency_key", length = 100)
  private String idempotencyKey;

  protected SafetyEscalation() {}

  SafetyEscalation(Evaluation evaluation, String raisedBy, String concern, String headOfService, Instant at,
      String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
    this.evaluation = evaluation;
    this.raisedBy = raisedBy;
    this.concern = concern;
    this.headOfService = headOfService;
    this.raisedAt = at;
  }

  public void confirm(String confirmedBy, String actionTaken, Instant at) {
    this.confirmedBy = confirmedBy;
    this.actionTaken = actionTaken;
    this.confirmedAt = at;
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  public Long getId() { return id; }
  public Evaluation getEvaluation() { return evaluation; }
  public String getRaisedBy() { return raisedBy; }
  public Instant getRaisedAt() { return raisedAt; }
  public String getConcern() { return concern; }
  public String getHeadOfService() { return headOfService; }
  public String getConfirmedBy() { return confirmedBy; }
  public Instant getConfirmedAt() { return confirmedAt; }
  public String getActionTaken() { return actionTaken; }

  /**
   * The key of an escalation sent without one: the same concern, word for word, raised by the same person on the
   * same evaluation on the same day is one escalation (a form sent twice, a double click).
   */
  static String keyOf(String evaluationReference, String raisedBy, String concern, java.time.LocalDate day) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
          String.join("\n", evaluationReference, raisedBy, day.toString(), concern)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "derived:" + java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
