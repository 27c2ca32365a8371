package org.practiceevaluations.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The people of an evaluation (Camunda user ids), copied from the case register and the team directory when the
 * evaluation is allocated: a later change of worker does not rewrite history. Moderator and IRO may be null.
 */
@Embeddable
public class EvaluationPeople {

  @Column(name = "auditor", nullable = false, length = 64)
  private String auditor;
  @Column(name = "moderator", length = 64)
  private String moderator;
  @Column(name = "social_worker", nullable = false, length = 64)
  private String socialWorker;
  @Column(name = "team_manager", nullable = false, length = 64)
  private String teamManager;
  @Column(name = "practice_manager", nullable = false, length = 64)
  private String practiceManager;
  @Column(name = "head_of_service", nullable = false, length = 64)
  private String headOfService;
  @Column(name = "iro", length = 64)
  private String iro;
  @Column(name = "allocated_by", length = 64)
  private String allocatedBy;

  protected EvaluationPeople() {}

  EvaluationPeople(String auditor, String moderator, String socialWorker, String teamManager,
      String practiceManager, String headOfService, String iro, String allocatedBy) {
    this.auditor = auditor;
    this.moderator = moderator;
    this.socialWorker = socialWorker;
    this.teamManager = teamManager;
    this.practiceManager = practiceManager;
    this.headOfService = headOfService;
    this.iro = iro;
    this.allocatedBy = allocatedBy;
  }

  /** Everyone with a part in the evaluation (for "may this person see it?"). */
  public boolean involves(String userId) {
    return userId != null && userIds().contains(userId);
  }

  /** The user ids of everyone with a part in it, those not named (no moderator, no IRO) left out. */
  public java.util.List<String> userIds() {
    return java.util.stream.Stream.of(auditor, moderator, socialWorker, teamManager, practiceManager, headOfService,
        iro).filter(java.util.Objects::nonNull).toList();
  }

  public String auditor() { return auditor; }
  public String moderator() { return moderator; }
  public String socialWorker() { return socialWorker; }
  public String teamManager() { return teamManager; }
  public String practiceManager() { return practiceManager; }
  public String headOfService() { return headOfService; }
  public String iro() { return iro; }
  public String allocatedBy() { return allocatedBy; }
}
