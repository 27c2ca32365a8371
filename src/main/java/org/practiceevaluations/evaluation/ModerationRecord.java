package org.practiceevaluations.evaluation;

import org.practiceevaluations.catalogue.Grade;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The moderation of a moderated evaluation (docs/guide.md, "Moderation"): when it is due and was completed, the
 * moderator's initial findings, grade and learning, the moderation discussion with the team (section 15a, the
 * team's view of the moderator's grade, kept apart from its view at section 15), and whether the moderator's grade
 * differs from the first auditor's (the discrepancy).
 */
@Embeddable
public class ModerationRecord {

  @Column(name = "moderation_due_at")
  private Instant dueAt;
  @Column(name = "moderated_at")
  private Instant moderatedAt;
  @Column(name = "initial_findings", length = 20000)
  private String initialFindings;
  @Enumerated(EnumType.STRING)
  @Column(name = "moderated_grade", length = 30)
  private Grade moderatedGrade;
  @Column(name = "learning_for_auditor", length = 20000)
  private String learningForAuditor;
  @Column(name = "learning_for_team", length = 20000)
  private String learningForTeam;
  @Column(name = "moderation_discussion_on")
  private LocalDate discussionOn;
  @Column(name = "moderation_discussion", length = 20000)
  private String discussion;
  @Column(name = "moderation_team_agrees_with_grade")
  private Boolean teamAgrees;
  @Enumerated(EnumType.STRING)
  @Column(name = "moderation_team_view_of_grade", length = 30)
  private Grade teamView;
  @Column(name = "moderation_team_view_reason", length = 20000)
  private String teamViewReason;
  @Column(name = "discrepancy")
  private Boolean discrepancy;

  protected ModerationRecord() {}

  void due(Instant dueAt) {
    this.dueAt = dueAt;
  }

  public void recordInitialFindings(String findings) {
    this.initialFindings = findings;
  }

  /** The moderator's grade and learning (for the first auditor, for the team). */
  public void record(Grade grade, String learningForAuditor, String learningForTeam) {
    this.moderatedGrade = grade;
    this.learningForAuditor = learningForAuditor;
    this.learningForTeam = learningForTeam;
  }

  /** The moderation discussion (section 15a) and the discrepancy with the first auditor's grade. */
  void complete(LocalDate discussedOn, String discussion, boolean teamAgrees, Grade teamView, String teamViewReason,
      Grade firstGrade, Instant at) {
    this.discussionOn = discussedOn;
    this.discussion = discussion;
    this.moderatedAt = at;
    this.discrepancy = firstGrade != null && moderatedGrade != firstGrade;
    this.teamAgrees = teamAgrees;
    this.teamView = teamAgrees ? null : teamView;
    this.teamViewReason = teamAgrees ? null : teamViewReason;
  }

  /** Whether the moderation is complete (its discussion held). */
  public boolean completed() {
    return moderatedAt != null;
  }

  public Instant dueAt() { return dueAt; }
  public Instant moderatedAt() { return moderatedAt; }
  public String initialFindings() { return initialFindings; }
  public Grade moderatedGrade() { return moderatedGrade; }
  public String learningForAuditor() { return learningForAuditor; }
  public String learningForTeam() { return learningForTeam; }
  public LocalDate discussionOn() { return discussionOn; }
  public String discussion() { return discussion; }
  public Boolean teamAgrees() { return teamAgrees; }
  public Grade teamView() { return teamView; }
  public String teamViewReason() { return teamViewReason; }
  public Boolean discrepancy() { return discrepancy; }
}
