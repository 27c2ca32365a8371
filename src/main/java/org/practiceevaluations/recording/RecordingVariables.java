package org.practiceevaluations.recording;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.practiceevaluations.common.Variable;

/**
 * The process variables the recording steps read and write: one home, so models, delegates and tests never
 * repeat a string.
 */
public final class RecordingVariables {

  /** The evaluation (= the business key), e.g. {@code PE-2026-0042}. Read by both steps. */
  public static final Variable<String> EVALUATION_REFERENCE = Variable.text("evaluationReference");
  /** Input parameter of the case-note step: which note ({@link NoteKind}). */
  public static final Variable<String> NOTE_KIND = Variable.text("noteKind");
  /** Written by the PDF step: the id of the filed document ({@code GET /api/documents/{id}}). */
  public static final Variable<Long> EVALUATION_PDF_DOCUMENT_ID = Variable.id("evaluationPdfDocumentId");
  /** Written by the case-note step: the note's id in the case record. */
  public static final Variable<String> CASE_AUDIT_NOTE_ID = Variable.text("caseAuditNoteId");
  /** Re-audit outcome note: {@code improved-and-sustained} or {@code still-inadequate} (optional, see ReAudit). */
  public static final Variable<String> RE_AUDIT_OUTCOME = Variable.text("reAuditOutcome");
  /** Re-audit outcome note: the reference of the re-audit evaluation (optional). */
  public static final Variable<String> RE_AUDIT_EVALUATION_REFERENCE = Variable.text("reAuditEvaluationReference");
  /** Re-audit outcome note: a few words from the audit manager or practice manager (optional). */
  public static final Variable<String> RE_AUDIT_NOTES = Variable.text("reAuditNotes");

  /** Team progress note: the team manager's own words (from the case-note form). */
  public static final Variable<String> TEAM_CASE_NOTE = Variable.text("teamCaseNote");

  private RecordingVariables() {}
}
