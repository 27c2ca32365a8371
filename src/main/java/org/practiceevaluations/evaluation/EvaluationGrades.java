package org.practiceevaluations.evaluation;

import org.practiceevaluations.catalogue.Grade;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.practiceevaluations.evaluation.Evaluation.FinalGradeSource;

/**
 * The first auditor's grade and who gave it, and the final grade: which grade it is, where it came from (first
 * auditor, moderator, agreed after a discussion, audit manager) and when it was settled. The moderator's grade is
 * in {@link ModerationRecord}, a disputed grade's discussion and decision in {@link DisputeRecord}.
 */
@Embeddable
public class EvaluationGrades {

  @Enumerated(EnumType.STRING)
  @Column(name = "first_grade", length = 30)
  private Grade firstGrade;
  @Column(name = "completed_by", length = 64)
  private String completedBy;
  @Enumerated(EnumType.STRING)
  @Column(name = "final_grade", length = 30)
  private Grade finalGrade;
  @Enumerated(EnumType.STRING)
  @Column(name = "final_grade_source", length = 30)
  private FinalGradeSource finalGradeSource;
  @Column(name = "finalised_at")
  private Instant finalisedAt;

  protected EvaluationGrades() {}

  /** The first auditor's grade, and who completed the evaluation. */
  public void recordFirstGrade(Grade grade, String completedBy) {
    this.firstGrade = grade;
    this.completedBy = completedBy;
  }

  void settle(Grade grade, FinalGradeSource source, Instant at) {
    this.finalGrade = grade;
    this.finalGradeSource = source;
    this.finalisedAt = at;
  }

  public Grade firstGrade() { return firstGrade; }
  /** Who completed (submitted) the first auditor's evaluation. */
  public String completedBy() { return completedBy; }
  public Grade finalGrade() { return finalGrade; }
  public FinalGradeSource finalGradeSource() { return finalGradeSource; }
  public Instant finalisedAt() { return finalisedAt; }
}
