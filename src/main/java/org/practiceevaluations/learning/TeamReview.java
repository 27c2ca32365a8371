package org.practiceevaluations.learning;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A review meeting with a team whose evaluations are often graded requires improvement or inadequate: why it was
 * arranged, which grades were counted, and what the meeting found and agreed (the learning and the action plan).
 */
@Entity
@Table(name = "pe_team_review")
public class TeamReview {

  public enum Status { OPEN, HELD }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(nullable = false, unique = true, length = 20)
  private String reference;
  @Column(name = "team_code", nullable = false, length = 40)
  private String teamCode;
  @Column(nullable = false, length = 2000)
  private String reason;
  @Column(name = "counted_from")
  private Instant countedFrom;
  @Column(name = "counted_to")
  private Instant countedTo;
  @Column(name = "low_grades")
  private Integer lowGrades;
  @Column(name = "inadequate_grades")
  private Integer inadequateGrades;
  @Column(name = "evaluations")
  private Integer evaluations;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.OPEN;
  @Column(name = "opened_by", length = 64)
  private String openedBy;
  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;
  @Column(name = "meeting_due_at", nullable = false)
  private Instant meetingDueAt;
  @Column(name = "meeting_on")
  private LocalDate meetingOn;
  @Column(length = 2000)
  private String attendees;
  @Column(length = 20000)
  private String circumstances;
  @Column(name = "individual_learning", length = 20000)
  private String individualLearning;
  @Column(name = "team_learning", length = 20000)
  private String teamLearning;
  @Column(name = "held_by", length = 64)
  private String heldBy;
  @Column(name = "held_at")
  private Instant heldAt;
  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;
  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number ASC")
  private List<Action> actions = new ArrayList<>();
  @Version
  private long version;

  protected TeamReview() {}

  TeamReview(String reference, String teamCode, String reason, TeamReviews.Counts counts, String openedBy,
      Instant openedAt, Instant meetingDueAt, String processInstanceId) {
    this.reference = reference;
    this.teamCode = teamCode;
    this.reason = reason;
    this.countedFrom = counts.from();
    this.countedTo = counts.to();
    this.lowGrades = counts.lowGrades();
    this.inadequateGrades = counts.inadequateGrades();
    this.evaluations = counts.evaluations();
    this.openedBy = openedBy;
    this.openedAt = openedAt;
    this.meetingDueAt = meetingDueAt;
    this.processInstanceId = processInstanceId;
  }

  void recordMeeting(LocalDate on, String attendees, String circumstances, String individualLearning,
      String teamLearning, List<TeamReviews.PlannedAction> plan, String heldBy, Instant at) {
    this.meetingOn = on;
    this.attendees = attendees;
    this.circumstances = circumstances;
    this.individualLearning = individualLearning;
    this.teamLearning = teamLearning;
    this.heldBy = heldBy;
    this.heldAt = at;
    this.status = Status.HELD;
    actions.clear();
    int n = 1;
    for (TeamReviews.PlannedAction a : plan) {
      actions.add(new Action(this, n++, a.description(), a.owner(), a.dueOn()));
    }
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public String getTeamCode() { return teamCode; }
  public String getReason() { return reason; }
  public Instant getCountedFrom() { return countedFrom; }
  public Instant getCountedTo() { return countedTo; }
  public Integer getLowGrades() { return lowGrades; }
  public Integer getInadequateGrades() { return inadequateGrades; }
  public Integer getEvaluations() { return evaluations; }
  public Status getStatus() { return status; }
  public String getOpenedBy() { return openedBy; }
  public Instant getOpenedAt() { return openedAt; }
  public Instant getMeetingDueAt() { return meetingDueAt; }
  public LocalDate getMeetingOn() { return meetingOn; }
  public String getAttendees() { return attendees; }
  public String getCircumstances() { return circumstances; }
  public String getIndividualLearning() { return individualLearning; }
  public String getTeamLearning() { return teamLearning; }
  public String getHeldBy() { return heldBy; }
  public Instant getHeldAt() { return heldAt; }
  public String getProcessInstanceId() { return processInstanceId; }
  public List<Action> getActions() { return actions; }

  /** One action of the review's action plan. */
  @Entity
  @Table(name = "pe_team_review_action")
  public static class Action {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    private TeamReview review;
    @Column(nullable = false)
    private int number;
    @Column(nullable = false, length = 4000)
    private String description;
    @Column(name = "owner_user_id", nullable = false, length = 64)
    private String owner;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected Action() {}

    Action(TeamReview review, int number, String description, String owner, LocalDate dueOn) {
      this.review = review;
      this.number = number;
      this.description = description;
      this.owner = owner;
      this.dueOn = dueOn;
    }

    public int getNumber() { return number; }
    public String getDescription() { return description; }
    public String getOwner() { return owner; }
    public LocalDate getDueOn() { return dueOn; }
  }
}
