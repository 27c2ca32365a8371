package org.practiceevaluations.support;

/** People of the demo directory ({@code src/main/resources/demo/users.csv}) that tests act as. */
public final class DemoUsers {

  /** Every demo user's password (local evaluation mode only). */
  public static final String PASSWORD = "demo";

  /** Karen Morgan: audit manager (audit-team, auditors). */
  public static final String AUDIT_MANAGER = "kmorgan";
  /** Emma Jones: social worker, Assessment Team North (social-workers). */
  public static final String SOCIAL_WORKER = "ejones";
  /** Bethan Owen: business process owner (process-owners). */
  public static final String PROCESS_OWNER = "bowen";
  /** Paul Murphy: team manager, Assessment Team North (team-managers, auditors). */
  public static final String TEAM_MANAGER = "pmurphy";
  /** Simon Clarke: assistant director (moderators, auditors). */
  public static final String MODERATOR = "sclarke";
  /** The technical administrator (camunda-admin). */
  public static final String ADMIN = "admin";

  private DemoUsers() {}
}
