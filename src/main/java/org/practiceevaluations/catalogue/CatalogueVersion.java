package org.practiceevaluations.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One imported version of the evaluation tool, kept whole as the file that was imported (never changed). */
@Entity
@Table(name = "pe_catalogue")
public class CatalogueVersion {

  @Id
  private int version;
  @Column(nullable = false, length = 200)
  private String name;
  @Column(nullable = false, length = CatalogueFile.MAX_SIZE)
  private String content;
  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;
  @Column(name = "imported_by", length = 64)
  private String importedBy;

  protected CatalogueVersion() {}

  public CatalogueVersion(int version, String name, String content, Instant importedAt, String importedBy) {
    this.version = version;
    this.name = name;
    this.content = content;
    this.importedAt = importedAt;
    this.importedBy = importedBy;
  }

  public int getVersion() { return version; }
  public String getName() { return name; }
  public String getContent() { return content; }
  public Instant getImportedAt() { return importedAt; }
  public String getImportedBy() { return importedBy; }
}
