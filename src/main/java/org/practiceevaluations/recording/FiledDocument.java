package org.practiceevaluations.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document the application filed in a child's file, in whichever {@link DocumentStore} is in use: the row the
 * audit team (and the Cockpit plugin) list and download by. Written once, never changed.
 */
@Entity
@Table(name = "pe_document")
public class FiledDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "evaluation_reference", length = 20)
  private String evaluationReference;

  @Column(name = "child_reference", nullable = false, length = 40)
  private String childReference;

  @Column(nullable = false, length = 100)
  private String folder;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
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

  protected FiledDocument() {}

  FiledDocument(String evaluationReference, String childReference, String folder, String fileName,
      String contentType, long size, String sha256, String location, Instant storedAt, String idempotencyKey) {
    this.evaluationReference = evaluationReference;
    this.childReference = childReference;
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
  public String getEvaluationReference() { return evaluationReference; }
  public String getChildReference() { return childReference; }
  public String getFolder() { return folder; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public long getSize() { return size; }
  public String getSha256() { return sha256; }
  public String getLocation() { return location; }
  public Instant getStoredAt() { return storedAt; }
  public String getIdempotencyKey() { return idempotencyKey; }
}
