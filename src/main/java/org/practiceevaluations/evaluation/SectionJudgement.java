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

/** The judgement and commentary of one section, by the first auditor or by the moderator. */
@Entity
@Table(name = "pe_evaluation_section")
public class SectionJudgement {

  /** Whose judgement: the first auditor's evaluation or the moderator's. */
  public enum Stage { FIRST, MODERATION }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "evaluation_id", nullable = false)
  private Evaluation evaluation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Stage stage;

  @Column(name = "section_number", nullable = false)
  private int sectionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Judgement judgement;

  @Column(length = 20000)
  private String commentary;

  protected SectionJudgement() {}

  public SectionJudgement(Stage stage, Section section, Judgement judgement, String commentary) {
    this.stage = stage;
    this.sectionNumber = section.number();
    this.judgement = judgement;
    this.commentary = commentary;
  }

  void attachTo(Evaluation evaluation) {
    this.evaluation = evaluation;
  }

  public Stage getStage() { return stage; }
  public int getSectionNumber() { return sectionNumber; }
  public Section getSection() { return Section.byNumber(sectionNumber); }
  public Judgement getJudgement() { return judgement; }
  public String getCommentary() { return commentary; }
}
