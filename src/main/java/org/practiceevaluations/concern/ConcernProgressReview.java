package org.practiceevaluations.concern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The practice manager's monthly review of progress on a case of concern, sent to the audit manager. */
@Entity
@Table(name = "pe_concern_progress_review")
public class ConcernProgressReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "concern_id", nullable = false)
  private CaseOfConcern concern;
  @Column(name = "reviewed_on", nullable = false)
  private LocalDate reviewedOn;
  @Column(name = "reviewed_by", nullable = false, length = 64)
  private String reviewedBy;
  @Column(nullable = false, length = 20000)
  private String progress;
  @Column(name = "on_track", nullable = false)
  private boolean onTrack;
  /** Whether the improvement has held since the last review; null in reviews made before the question was asked. */
  @Column(name = "improvement_sustained")
  private Boolean improvementSustained;

  protected ConcernProgressReview() {}

  ConcernProgressReview(CaseOfConcern concern, LocalDate reviewedOn, String reviewedBy, String progress,
      boolean onTrack, Boolean improvementSustained) {
    this.improvementSustained = improvementSustained;
    this.concern = concern;
    this.reviewedOn = reviewedOn;
    this.reviewedBy = reviewedBy;
    this.progress = progress;
    this.onTrack = onTrack;
  }

  public LocalDate getReviewedOn() { return reviewedOn; }
  public String getReviewedBy() { return reviewedBy; }
  public String getProgress() { return progress; }
  public boolean isOnTrack() { return onTrack; }
  public Boolean getImprovementSustained() { return improvementSustained; }
}
