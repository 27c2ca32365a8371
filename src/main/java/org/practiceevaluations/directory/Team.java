package org.practiceevaluations.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A team within a service area, with its team manager and practice manager (Camunda user ids). */
@Entity
@Table(name = "pe_team")
public class Team {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "service_area_id", nullable = false)
  private ServiceArea serviceArea;

  @Column(name = "team_manager", nullable = false, length = 64)
  private String teamManager;

  @Column(name = "practice_manager", nullable = false, length = 64)
  private String practiceManager;

  @Version
  private long version;

  protected Team() {}

  public Team(String code, String name, ServiceArea serviceArea, String teamManager, String practiceManager) {
    this.code = code;
    this.name = name;
    this.serviceArea = serviceArea;
    this.teamManager = teamManager;
    this.practiceManager = practiceManager;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public ServiceArea getServiceArea() {
    return serviceArea;
  }

  public String getTeamManager() {
    return teamManager;
  }

  public String getPracticeManager() {
    return practiceManager;
  }

  /** The head of service responsible for this team, from its service area. */
  public String getHeadOfService() {
    return serviceArea.getHeadOfService();
  }

  void update(String name, ServiceArea serviceArea, String teamManager, String practiceManager) {
    this.name = name;
    this.serviceArea = serviceArea;
    this.teamManager = teamManager;
    this.practiceManager = practiceManager;
  }
}
