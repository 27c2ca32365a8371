package org.practiceevaluations.recording;

import java.time.Instant;

/**
 * The child's record on the council's case-management system, as far as the audit team writes to it: "case
 * audit" case notes (docs/guide.md, "Recording", "A disputed grade", "Cases of concern").
 *
 * <p>The built-in implementation ({@link DatabaseCaseRecord}, {@code practice-evaluations.case-record.type:
 * database}) keeps the notes in the application's own table. A council connects its case-management system by
 * declaring one Spring bean that implements this interface; it then replaces the built-in one.
 *
 * <p>Implementations are called from asynchronous process steps that are retried when they fail, so
 * {@link #addCaseNote} must be idempotent on {@link CaseNote#idempotencyKey()}: a second call with a key already
 * recorded adds nothing and returns the id of the note added the first time.
 */
public interface CaseRecord {

  /** The category (the tab on the case-management system's case notes) the guide asks for. */
  String CASE_AUDIT = "Case audit";

  /**
   * A case note to add.
   *
   * @param childReference the child's reference on the case-management system (as in the case register)
   * @param category always {@link #CASE_AUDIT} for now
   * @param subject one line
   * @param text the note, plain text with line breaks
   * @param author the user id the note is recorded for (the audit manager, or {@code audit-team})
   * @param authorName the author as people read it ("Karen Morgan, audit team")
   * @param evaluationReference the evaluation the note is about ({@code PE-2026-0042})
   * @param kind what the note is ({@code evaluation-summary}, {@code grading-discussion}, ...)
   * @param createdAt when it was written
   * @param idempotencyKey the same key for every retry of the same step, different for each step (at most 500
   *     characters)
   */
  record CaseNote(String childReference, String category, String subject, String text, String author,
      String authorName, String evaluationReference, String kind, Instant createdAt, String idempotencyKey) {}

  /**
   * Adds the note to the child's record, once per idempotency key.
   *
   * @return the note's id in the record (the same id again for a key already recorded)
   */
  String addCaseNote(CaseNote note);

  /**
   * The case notes recorded about an evaluation, newest first, for screens that show them (the area QA meeting
   * pack). A case record that cannot be read back here answers empty: people then read the notes on the
   * council's own system. The built-in record answers from its table.
   */
  default java.util.Optional<java.util.List<CaseNote>> caseNotesAbout(String evaluationReference) {
    return java.util.Optional.empty();
  }
}
