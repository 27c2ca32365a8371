package org.practiceevaluations.evaluation;

import org.practiceevaluations.catalogue.Grade;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * A disputed grade (docs/guide.md, "A disputed grade"): whether the grade is disputed, the team's dispute after the
 * evaluation was shared with it, the discussion with the team and the grade agreed there, and the audit manager's
 * decision when the discussion did not settle it. Only an unmoderated evaluation's grade is settled so; the checks
 * and the final grade are {@link Evaluation}'s.
 */
@Embeddable
public class DisputeRecord {

  @Column(name = "grade_disputed", nullable = false)
  private boolean gradeDisputed;
  @Column(name = "dispute_discussion", length = 20000)
  private String discussion;
  @Column(name = "dispute_resolved")
  private Boolean resolved;
  @Enumerated(EnumType.STRING)
  @Column(name = "agreed_grade", length = 30)
  private Grade agreedGrade;
  @Column(name = "dispute_discussed_at")
  private Instant discussedAt;
  @Column(name = "decided_by", length = 64)
  private String decidedBy;
  @Enumerated(EnumType.STRING)
  @Column(name = "decided_grade", length = 30)
  private Grade decidedGrade;
  @Column(name = "decision_reason", length = 20000)
  private String decisionReason;
  @Column(name = "decided_at")
  private Instant decidedAt;
  @Column(name = "shared_dispute_at")
  private Instant sharedDisputeAt;
  @Column(name = "shared_dispute_by", length = 64)
  private String sharedDisputeBy;
  @Enumerated(EnumType.STRING)
  @Column(name = "shared_dispute_grade", length = 30)
  private Grade sharedDisputeGrade;
  @Column(name = "shared_dispute_reason", length = 20000)
  private String sharedDisputeReason;

  protected DisputeRecord() {}

  void open() {
    this.gradeDisputed = true;
  }

  void disputedAfterSharing(String by, Grade teamView, String reason, Instant at) {
    this.sharedDisputeBy = by;
    this.sharedDisputeGrade = teamView;
    this.sharedDisputeReason = reason;
    this.sharedDisputeAt = at;
  }

  void discussed(String discussion, boolean resolved, Grade agreedGrade, Instant at) {
    this.discussion = discussion;
    this.resolved = resolved;
    this.discussedAt = at;
    this.agreedGrade = resolved ? agreedGrade : null;
  }

  void decided(Grade grade, String decidedBy, String reason, Instant at) {
    this.decidedBy = decidedBy;
    this.decidedGrade = grade;
    this.decisionReason = reason;
    this.decidedAt = at;
  }

  /** Whether the team disputed the grade after the evaluation was shared with it. */
  public boolean disputedAfterSharing() {
    return sharedDisputeAt != null;
  }

  public boolean gradeDisputed() { return gradeDisputed; }
  public String discussion() { return discussion; }
  public Boolean resolved() { return resolved; }
  public Grade agreedGrade() { return agreedGrade; }
  public Instant discussedAt() { return discussedAt; }
  public String decidedBy() { return decidedBy; }
  public Grade decidedGrade() { return decidedGrade; }
  public String decisionReason() { return decisionReason; }
  public Instant decidedAt() { return decidedAt; }
  public Instant sharedDisputeAt() { return sharedDisputeAt; }
  public String sharedDisputeBy() { return sharedDisputeBy; }
  public Grade sharedDisputeGrade() { return sharedDisputeGrade; }
  public String sharedDisputeReason() { return sharedDisputeReason; }
}
