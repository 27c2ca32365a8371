package org.practiceevaluations.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A case note in the built-in case record ({@link DatabaseCaseRecord}). Written once, never changed. */
@Entity
@Table(name = "pe_case_note")
public class CaseNoteEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "child_reference", nullable = false, length = 40)
  private String childReference;

  @Column(nullable = false, length = 60)
  private String category;

  @Column(name = "note_kind", length = 40)
  private String kind;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(name = "body", nullable = false, length = 100000)
  private String text;

  @Column(nullable = false, length = 64)
  private String author;

  @Column(name = "author_name", length = 200)
  private String authorName;

  @Column(name = "evaluation_reference", length = 20)
  private String evaluationReference;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "idempotency_key", nullable = false, unique = true, length = 500)
  private String idempotencyKey;

  protected CaseNoteEntry() {}

  CaseNoteEntry(CaseRecord.CaseNote note) {
    this.childReference = note.childReference();
    this.category = note.category();
    this.kind = note.kind();
    this.subject = note.subject();
    this.text = note.text();
    this.author = note.author();
    this.authorName = note.authorName();
    this.evaluationReference = note.evaluationReference();
    this.createdAt = note.createdAt();
    this.idempotencyKey = note.idempotencyKey();
  }

  public Long getId() { return id; }
  public String getChildReference() { return childReference; }
  public String getCategory() { return category; }
  public String getKind() { return kind; }
  public String getSubject() { return subject; }
  public String getText() { return text; }
  public String getAuthor() { return author; }
  public String getAuthorName() { return authorName; }
  public String getEvaluationReference() { return evaluationReference; }
  public Instant getCreatedAt() { return createdAt; }
  public String getIdempotencyKey() { return idempotencyKey; }
}
