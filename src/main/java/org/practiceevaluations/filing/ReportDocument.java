package org.practiceevaluations.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A report file kept in the {@link ReportStore}: what, for which period and area, where. Written once. */
@Entity
@Table(name = "pe_report_document")
public class ReportDocument {

  /** The kinds of report, each with its folder in the store and who may read it. */
  public enum Kind {
    QUARTERLY_REPORT("quarterly-reports"),
    LEARNING_NEEDS("learning-needs"),
    QA_MEETING_PACK("qa-meeting-packs");

    private final String collection;

    Kind(String collection) {
      this.collection = collection;
    }

    public String collection() {
      return collection;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Enumerated(EnumType.STRING)
  @Column(name = "report_kind", nullable = false, length = 30)
  private Kind kind;
  @Column(name = "report_reference", nullable = false, length = 30)
  private String reportReference;
  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;
  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;
  @Column(name = "service_area_code", length = 40)
  private String serviceAreaCode;
  @Column(nullable = false, length = 150)
  private String folder;
  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;
  @Column(name = "content_type", nullable = false, length = 120)
  private String contentType;
  @Column(name = "size_bytes", nullable = false)
  private long size;
  @Column(nullable = false, length = 64)
  private String sha256;
  @Column(nullable = false, length = 1000)
  private String location;
  @Column(name = "stored_at", nullable = false)
  private Instant storedAt;
  @Column(name = "idempotency_key", nullable = false, unique = true, length = 500)
  private String idempotencyKey;

  protected ReportDocument() {}

  ReportDocument(Kind kind, String reportReference, ReportPeriod period, String serviceAreaCode, String folder,
      String fileName, String contentType, long size, String sha256, String location, Instant storedAt,
      String idempotencyKey) {
    this.kind = kind;
    this.reportReference = reportReference;
    this.periodStart = period.start();
    this.periodEnd = period.end();
    this.serviceAreaCode = serviceAreaCode;
    this.folder = folder;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.location = location;
    this.storedAt = storedAt;
    this.idempotencyKey = idempotencyKey;
  }

  public Long getId() { return id; }
  public Kind getKind() { return kind; }
  public String getReportReference() { return reportReference; }
  public LocalDate getPeriodStart() { return periodStart; }
  public LocalDate getPeriodEnd() { return periodEnd; }
  public String getServiceAreaCode() { return serviceAreaCode; }
  public String getFolder() { return folder; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public long getSize() { return size; }
  public String getSha256() { return sha256; }
  public String getLocation() { return location; }
  public Instant getStoredAt() { return storedAt; }
  public String getIdempotencyKey() { return idempotencyKey; }
}
