package org.practiceevaluations.directory;

/**
 * Roles held by one named person across the service, who are told of things by the processes: the audit manager
 * (overdue work, safety escalations, inadequate grades), the head of service for professional standards
 * (inadequate grades) and the learning and development manager (learning needs).
 */
public enum CouncilRole {
  AUDIT_MANAGER("audit-manager"),
  HEAD_OF_PROFESSIONAL_STANDARDS("head-of-professional-standards"),
  LEARNING_DEVELOPMENT_MANAGER("learning-development-manager");

  private final String key;

  CouncilRole(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static CouncilRole byKey(String key) {
    for (CouncilRole role : values()) {
      if (role.key.equals(key)) {
        return role;
      }
    }
    return null;
  }
}
