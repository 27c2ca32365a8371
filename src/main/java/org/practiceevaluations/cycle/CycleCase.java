package org.practiceevaluations.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.practiceevaluations.evaluation.EvaluationType;

/** One proposed evaluation of a cycle: the case, why, who audits and moderates, and whether it goes ahead. */
@Entity
@Table(name = "pe_cycle_case")
public class CycleCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cycle_id", nullable = false)
  private AuditCycle cycle;
  @Column(nullable = false)
  private int position;
  @Column(name = "child_reference", nullable = false, length = 40)
  private String childReference;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private CycleSelection.Category category;
  @Enumerated(EnumType.STRING)
  @Column(name = "evaluation_type", nullable = false, length = 30)
  private EvaluationType evaluationType;
  @Column(length = 64)
  private String auditor;
  @Column(length = 64)
  private String moderator;
  @Column(nullable = false)
  private boolean included = true;
  @Column(name = "queue_id")
  private Long queueId;
  @Column(name = "previous_evaluation_reference", length = 20)
  private String previousEvaluationReference;
  @Column(name = "evaluation_reference", length = 20)
  private String evaluationReference;

  protected CycleCase() {}

  public CycleCase(String childReference, CycleSelection.Category category, EvaluationType evaluationType,
      String auditor, String moderator, Long queueId, String previousEvaluationReference) {
    this.childReference = childReference;
    this.category = category;
    this.evaluationType = evaluationType;
    this.auditor = auditor;
    this.moderator = moderator;
    this.queueId = queueId;
    this.previousEvaluationReference = previousEvaluationReference;
  }

  void attachTo(AuditCycle cycle, int position) {
    this.cycle = cycle;
    this.position = position;
  }

  /** The audit manager's change at review. */
  public void revise(boolean included, String auditor, String moderator, EvaluationType type) {
    this.included = included;
    this.auditor = auditor;
    this.moderator = moderator;
    this.evaluationType = type;
  }

  public void started(String evaluationReference) {
    this.evaluationReference = evaluationReference;
  }

  public Long getId() { return id; }
  public int getPosition() { return position; }
  public String getChildReference() { return childReference; }
  public CycleSelection.Category getCategory() { return category; }
  public EvaluationType getEvaluationType() { return evaluationType; }
  public String getAuditor() { return auditor; }
  public String getModerator() { return moderator; }
  public boolean isIncluded() { return included; }
  public Long getQueueId() { return queueId; }
  public String getPreviousEvaluationReference() { return previousEvaluationReference; }
  public String getEvaluationReference() { return evaluationReference; }
}
