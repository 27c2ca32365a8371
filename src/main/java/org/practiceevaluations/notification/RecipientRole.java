package org.practiceevaluations.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles the decision table {@code notification-recipients} may name in its output column, and how each is
 * described to the person receiving the mail ("You are receiving this as the team manager").
 */
public enum RecipientRole {
  AUDITOR("auditor", "the auditor"),
  MODERATOR("moderator", "the moderator"),
  SOCIAL_WORKER("social-worker", "the allocated social worker"),
  TEAM_MANAGER("team-manager", "the team manager"),
  PRACTICE_MANAGER("practice-manager", "the practice manager"),
  HEAD_OF_SERVICE("head-of-service", "the head of service"),
  IRO("iro", "the IRO or conference chair"),
  AUDIT_MANAGER("audit-manager", "the audit manager"),
  HEAD_OF_PROFESSIONAL_STANDARDS("head-of-professional-standards", "the head of service for professional standards"),
  LEARNING_DEVELOPMENT_MANAGER("learning-development-manager", "the learning and development manager"),
  LEARNING_DEVELOPMENT("learning-development", "a member of learning and development"),
  ALL_MANAGERS("all-managers", "a manager in children's services"),
  REQUESTER("requester", "the person who asked"),
  ACTION_OWNER("action-owner", "the person the action is for"),
  RAISER("raiser", "the person who raised it"),
  SENIOR_LEADERS("senior-leaders", "a member of the Senior Leadership Team");

  private final String key;
  private final String description;

  RecipientRole(String key, String description) {
    this.key = key;
    this.description = description;
  }

  public String key() {
    return key;
  }

  /** Plain English, for the mail: "the team manager". */
  public String description() {
    return description;
  }

  public static Optional<RecipientRole> byKey(String key) {
    return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
  }
}
