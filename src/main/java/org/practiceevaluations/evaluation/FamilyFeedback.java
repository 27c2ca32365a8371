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

/**
 * Feedback gathered from the child or young person (the young people's feedback form) or from a parent or
 * carer. {@code answers} holds the form's ratings as JSON ({@code {"listensToMe":"always", ...}}), so the
 * questions can change in the form without a schema change.
 */
@Entity
@Table(name = "pe_family_feedback")
public class FamilyFeedback {

  public enum Respondent { CHILD, PARENT_CARER }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "evaluation_id", nullable = false)
  private Evaluation evaluation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Respondent respondent;

  /** Who gave it, in the family's words: "young person", "mother", "foster carer". */
  @Column(length = 200)
  private String relationship;

  @Column(name = "contact_method", length = 100)
  private String contactMethod;

  @Column(length = 4000)
  private String answers;

  @Column(length = 20000)
  private String comments;

  protected FamilyFeedback() {}

  public FamilyFeedback(Respondent respondent, String relationship, String contactMethod, String answers,
      String comments) {
    this.respondent = respondent;
    this.relationship = relationship;
    this.contactMethod = contactMethod;
    this.answers = answers;
    this.comments = comments;
  }

  void attachTo(Evaluation evaluation) {
    this.evaluation = evaluation;
  }

  public Respondent getRespondent() { return respondent; }
  public String getRelationship() { return relationship; }
  public String getContactMethod() { return contactMethod; }
  public String getAnswers() { return answers; }
  public String getComments() { return comments; }
}
