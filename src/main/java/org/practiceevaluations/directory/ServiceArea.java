package org.practiceevaluations.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A service area of children's services (for example "Children in Care"), led by a head of service. */
@Entity
@Table(name = "pe_service_area")
public class ServiceArea {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  /** Camunda user id of the head of service. */
  @Column(name = "head_of_service", nullable = false, length = 64)
  private String headOfService;

  @Version
  private long version;

  protected ServiceArea() {}

  public ServiceArea(String code, String name, String headOfService) {
    this.code = code;
    this.name = name;
    this.headOfService = headOfService;
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

  public String getHeadOfService() {
    return headOfService;
  }

  void update(String name, String headOfService) {
    this.name = name;
    this.headOfService = headOfService;
  }
}
