package org.practiceevaluations.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.practiceevaluations.catalogue.Judgement;

/**
 * One section of an evaluation, by the first auditor or by the moderator: the statements of what good looks like
 * they ticked as met, their judgement (none for a section the catalogue does not judge) and their commentary. The
 * section is named by its key in the evaluation's catalogue version, and numbered by its place there.
 */
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

  @Column(name = "section_key", length = 60)
  private String sectionKey;

  /** What a section that is not judged holds: good-practice, improvements, learning-needs (null otherwise). */
  @Column(length = 30)
  private String purpose;

  /** Null for a section that is not judged (good practice, improvements, learning needs). */
  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Judgement judgement;

  @ElementCollection
  @CollectionTable(name = "pe_evaluation_statement", joinColumns = @JoinColumn(name = "section_id"))
  @Column(name = "statement_key", nullable = false, length = 60)
  @OrderBy
  private Set<String> statementsMet = new LinkedHashSet<>();

  @Column(length = 20000)
  private String commentary;

  protected SectionJudgement() {}

  public SectionJudgement(Stage stage, String sectionKey, int sectionNumber, String purpose, Judgement judgement,
      String commentary, Collection<String> statementsMet) {
    this.stage = stage;
    this.purpose = purpose;
    this.sectionKey = sectionKey;
    this.sectionNumber = sectionNumber;
    this.judgement = judgement;
    this.commentary = commentary;
    this.statementsMet.addAll(statementsMet);
  }

  void attachTo(Evaluation evaluation) {
    this.evaluation = evaluation;
  }

  public Stage getStage() { return stage; }
  public int getSectionNumber() { return sectionNumber; }
  public String getSectionKey() { return sectionKey; }
  public String getPurpose() { return purpose; }
  public Set<String> getStatementsMet() { return statementsMet; }
  public Judgement getJudgement() { return judgement; }
  public String getCommentary() { return commentary; }
}
