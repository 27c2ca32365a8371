package org.practiceevaluations.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The conversations with the team about the outcome: the auditor's "no surprises" conversation about an inadequate
 * grade before the evaluation is sent (who, when, what was said), and the receiving team's supervision of the
 * evaluation afterwards (docs/guide.md, "The team's follow-up").
 */
@Embeddable
public class TeamFollowUpRecord {

  @Column(name = "team_told_of_outcome_on")
  private LocalDate teamToldOfOutcomeOn;
  @Column(name = "team_told_of_outcome_by", length = 64)
  private String teamToldOfOutcomeBy;
  @Column(name = "team_told_of_outcome_notes", length = 20000)
  private String teamToldOfOutcomeNotes;
  @Column(name = "supervision_on")
  private LocalDate supervisionOn;
  @Column(name = "supervision_notes", length = 20000)
  private String supervisionNotes;

  protected TeamFollowUpRecord() {}

  /** The auditor told the team of an inadequate outcome and the next actions, before the written evaluation. */
  public void recordTeamToldOfOutcome(LocalDate on, String by, String notes) {
    this.teamToldOfOutcomeOn = on;
    this.teamToldOfOutcomeBy = by;
    this.teamToldOfOutcomeNotes = notes;
  }

  public void recordSupervision(LocalDate on, String notes) {
    this.supervisionOn = on;
    this.supervisionNotes = notes;
  }

  public LocalDate teamToldOfOutcomeOn() { return teamToldOfOutcomeOn; }
  public String teamToldOfOutcomeBy() { return teamToldOfOutcomeBy; }
  public String teamToldOfOutcomeNotes() { return teamToldOfOutcomeNotes; }
  public LocalDate supervisionOn() { return supervisionOn; }
  public String supervisionNotes() { return supervisionNotes; }
}
