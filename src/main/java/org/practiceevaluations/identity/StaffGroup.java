package org.practiceevaluations.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The groups of people who use the product (docs/guide.md, "Who uses it"). The id is the Camunda group id;
 * processes offer tasks to these ids and authorizations are granted to them.
 */
public enum StaffGroup {
  AUDITORS("auditors", "First auditors"),
  MODERATORS("moderators", "Moderators (Senior Leadership Team)"),
  AUDIT_TEAM("audit-team", "Audit manager and audit team"),
  SOCIAL_WORKERS("social-workers", "Allocated social workers"),
  TEAM_MANAGERS("team-managers", "Team managers"),
  PRACTICE_MANAGERS("practice-managers", "Practice managers"),
  HEADS_OF_SERVICE("heads-of-service", "Heads of service"),
  IROS("iros", "Independent reviewing officers and conference chairs"),
  LEARNING_DEVELOPMENT("learning-development", "Learning and development, consultant social workers"),
  PROCESS_OWNERS("process-owners", "Process owners"),
  CAMUNDA_ADMIN("camunda-admin", "Administrators");

  public static final String WORKFLOW_TYPE = "WORKFLOW";

  private final String id;
  private final String displayName;

  StaffGroup(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public static Optional<StaffGroup> byId(String id) {
    return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
  }

  /** Everyone who works in Tasklist (all but the technical administrator). */
  public static List<StaffGroup> staff() {
    return Arrays.stream(values()).filter(g -> g != CAMUNDA_ADMIN).toList();
  }
}
