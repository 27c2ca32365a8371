package org.practiceevaluations.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who holds a {@link CouncilRole} now. */
@Entity
@Table(name = "pe_council_role")
public class CouncilRoleHolder {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private CouncilRole role;

  @Column(name = "user_id", nullable = false, length = 64)
  private String userId;

  protected CouncilRoleHolder() {}

  public CouncilRoleHolder(CouncilRole role, String userId) {
    this.role = role;
    this.userId = userId;
  }

  public CouncilRole getRole() {
    return role;
  }

  public String getUserId() {
    return userId;
  }

  void setUserId(String userId) {
    this.userId = userId;
  }
}
