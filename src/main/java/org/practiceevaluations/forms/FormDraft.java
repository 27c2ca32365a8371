package org.practiceevaluations.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's saved, half-done answers to one task's form: kept until the task completes (ADR 0021). */
@Entity
@Table(name = "pe_form_draft")
public class FormDraft {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "task_id", nullable = false, length = 64)
  private String taskId;
  @Column(name = "user_id", nullable = false, length = 64)
  private String userId;
  /** The task's element in its model (Task_CompleteEvaluation): which form the draft is of. */
  @Column(name = "task_key", length = 255)
  private String taskKey;
  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;
  @Column(nullable = false, length = FormDrafts.MAX_SIZE)
  private String content;

  protected FormDraft() {}

  public FormDraft(String taskId, String userId) {
    this.taskId = taskId;
    this.userId = userId;
  }

  void save(String taskKey, String content, Instant at) {
    this.taskKey = taskKey;
    this.content = content;
    this.savedAt = at;
  }

  public String getTaskId() { return taskId; }
  public String getUserId() { return userId; }
  public String getTaskKey() { return taskKey; }
  public Instant getSavedAt() { return savedAt; }
  public String getContent() { return content; }
}
