package org.practiceevaluations.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The theme of a thematic audit: a name, key lines of enquiry, and (through its cycle) a cohort of cases. */
@Entity
@Table(name = "pe_theme")
public class Theme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(nullable = false, unique = true, length = 20)
  private String reference;
  @Column(nullable = false, length = 200)
  private String name;
  @Column(name = "key_lines_of_enquiry", nullable = false, length = 20000)
  private String keyLinesOfEnquiry;
  @Column(name = "multi_agency", nullable = false)
  private boolean multiAgency;
  @Column(name = "created_by", length = 64)
  private String createdBy;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Theme() {}

  public Theme(String reference, String name, String keyLinesOfEnquiry, boolean multiAgency, String createdBy,
      Instant createdAt) {
    this.reference = reference;
    this.name = name;
    this.keyLinesOfEnquiry = keyLinesOfEnquiry;
    this.multiAgency = multiAgency;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public String getName() { return name; }
  public String getKeyLinesOfEnquiry() { return keyLinesOfEnquiry; }
  public boolean isMultiAgency() { return multiAgency; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
}
