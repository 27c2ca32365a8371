package org.practiceevaluations.reporting;

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
 * One senior management review of a quarterly report (docs/guide.md, "Learning from evaluations"): approved, or
 * changes asked for, with the reason. The reason is free text and stays here, never in the engine.
 */
@Entity
@Table(name = "pe_quarterly_report_review")
public class QuarterlyReportReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id", nullable = false)
  private QuarterlyReport report;
  @Column(name = "reviewed_by", nullable = false, length = 64)
  private String reviewedBy;
  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;
  @Column(nullable = false)
  private boolean approved;
  @Column(name = "changes_asked", length = 20000)
  private String changesAsked;

  protected QuarterlyReportReview() {}

  QuarterlyReportReview(QuarterlyReport report, String reviewedBy, Instant reviewedAt, boolean approved,
      String changesAsked) {
    this.report = report;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = reviewedAt;
    this.approved = approved;
    this.changesAsked = approved ? null : changesAsked;
  }

  public Long getId() { return id; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }
  public boolean isApproved() { return approved; }
  public String getChangesAsked() { return changesAsked; }
}
