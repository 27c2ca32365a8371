package org.practiceevaluations.evaluation;

import org.practiceevaluations.catalogue.Grade;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * Section 15: the first auditor's reflective discussion with the team, and the team's view of the first auditor's
 * grade. The team's view and reasons are kept only when it did not agree. The moderation discussion (section 15a)
 * is kept apart, in {@link ModerationRecord}.
 */
@Embeddable
public class ReflectiveDiscussion {

  @Column(name = "reflective_discussion_on")
  private LocalDate heldOn;
  @Column(name = "reflective_discussion_attendees", length = 2000)
  private String attendees;
  @Column(name = "reflective_discussion", length = 20000)
  private String discussion;
  @Column(name = "team_agrees_with_grade")
  private Boolean teamAgrees;
  @Enumerated(EnumType.STRING)
  @Column(name = "team_view_of_grade", length = 30)
  private Grade teamView;
  @Column(name = "team_view_reason", length = 20000)
  private String teamViewReason;

  protected ReflectiveDiscussion() {}

  public void record(LocalDate on, String attendees, String discussion, boolean teamAgrees, Grade teamView,
      String teamViewReason) {
    this.heldOn = on;
    this.attendees = attendees;
    this.discussion = discussion;
    this.teamAgrees = teamAgrees;
    this.teamView = teamAgrees ? null : teamView;
    this.teamViewReason = teamAgrees ? null : teamViewReason;
  }

  public LocalDate heldOn() { return heldOn; }
  public String attendees() { return attendees; }
  public String discussion() { return discussion; }
  public Boolean teamAgrees() { return teamAgrees; }
  public Grade teamView() { return teamView; }
  public String teamViewReason() { return teamViewReason; }
}
