package org.practiceevaluations.evaluation;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An action arising from an evaluation (section 13): what, who, by when, and how it is going. */
@Entity
@Table(name = "pe_evaluation_action")
public class EvaluationAction {

  public enum Status { OPEN, DONE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "evaluation_id", nullable = false)
  private Evaluation evaluation;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = 4000)
  private String description;

  /** Camunda user id of the person responsible (the social worker, team manager, ...). */
  @Column(name = "owner_user_id", nullable = false, length = 64)
  private String owner;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "suggested_solution", length = 4000)
  private String suggestedSolution;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status = Status.OPEN;

  @Column(name = "progress_note", length = 4000)
  private String progressNote;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  /** Who added it: the first auditor (FIRST) or the moderator at moderation (MODERATION). */
  @Enumerated(EnumType.STRING)
  @Column(name = "added_by_stage", nullable = false, length = 20)
  private SectionJudgement.Stage addedByStage = SectionJudgement.Stage.FIRST;

  @Version
  private long version;

  protected EvaluationAction() {}

  public EvaluationAction(String description, String owner, LocalDate dueOn, String suggestedSolution) {
    this.description = description;
    this.owner = owner;
    this.dueOn = dueOn;
    this.suggestedSolution = suggestedSolution;
  }

  /** An action the moderator added at moderation. */
  public EvaluationAction addedByModerator() {
    this.addedByStage = SectionJudgement.Stage.MODERATION;
    return this;
  }

  public SectionJudgement.Stage getAddedByStage() { return addedByStage; }

  void attachTo(Evaluation evaluation, int number) {
    this.evaluation = evaluation;
    this.number = number;
  }

  /** A progress update from the team; {@code done} closes the action. */
  public void update(boolean done, String note, LocalDate today, Instant at) {
    this.progressNote = note;
    this.updatedAt = at;
    this.status = done ? Status.DONE : Status.OPEN;
    this.completedOn = done ? today : null;
  }

  /** A further deadline for an action not yet carried out (set at the area QA meeting). */
  public void extendTo(LocalDate newDueOn) {
    this.dueOn = newDueOn;
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  public Long getId() { return id; }
  public Evaluation getEvaluation() { return evaluation; }
  public int getNumber() { return number; }
  public String getDescription() { return description; }
  public String getOwner() { return owner; }
  public LocalDate getDueOn() { return dueOn; }
  public String getSuggestedSolution() { return suggestedSolution; }
  public Status getStatus() { return status; }
  public String getProgressNote() { return progressNote; }
  public Instant getUpdatedAt() { return updatedAt; }
  public LocalDate getCompletedOn() { return completedOn; }
}
