package org.practiceevaluations.recording;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.evaluation.ProcessEvaluations;
import org.practiceevaluations.evaluation.forms.StartAnswers;
import org.springframework.stereotype.Component;

/**
 * "Add the case audit case note" (and the other notes on the child's record: "Add the discussion to the child's case
 * notes", "Record the outcome on the child's file", "Add the team's case note to the child's record"): adds a "case audit" case note to the child's record and sets
 * {@code caseAuditNoteId}. Which note comes from the step's input parameter {@code noteKind}:
 * {@code evaluation-summary}, {@code grading-discussion}, {@code team-progress} (the team manager's text in
 * {@code teamCaseNote}) or {@code re-audit-outcome} (which also reads
 * {@code reAuditOutcome}, {@code reAuditEvaluationReference} and {@code reAuditNotes} when present). Run it
 * asynchronously ({@code camunda:asyncBefore}): a retry adds the note once.
 */
@Component("addCaseAuditNote")
public class AddCaseAuditNote implements JavaDelegate {

  private final EvaluationRecording recording;
  private final ProcessEvaluations processEvaluations;
  private final StartAnswers startAnswers;

  public AddCaseAuditNote(EvaluationRecording recording, ProcessEvaluations processEvaluations,
      StartAnswers startAnswers) {
    this.startAnswers = startAnswers;
    this.recording = recording;
    this.processEvaluations = processEvaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = processEvaluations.referenceOf(execution);
    NoteKind kind = NoteKind.parse(RecordingVariables.NOTE_KIND.get(execution));
    ReAudit reAudit = kind != NoteKind.RE_AUDIT_OUTCOME ? ReAudit.NONE : new ReAudit(
        ReAudit.Outcome.parse(trimmed(RecordingVariables.RE_AUDIT_OUTCOME.get(execution))),
        trimmed(RecordingVariables.RE_AUDIT_EVALUATION_REFERENCE.get(execution)),
        trimmed(RecordingVariables.RE_AUDIT_NOTES.get(execution)));
    String teamNote = kind == NoteKind.TEAM_PROGRESS
        ? startAnswers.take(execution, RecordingVariables.TEAM_CASE_NOTE.name()) : null;
    String noteId = recording.addCaseAuditNote(reference, kind, reAudit, teamNote,
        IdempotencyKeys.of(execution, reference, kind.code()));
    RecordingVariables.CASE_AUDIT_NOTE_ID.set(execution, noteId);
  }

  /** Optional words: trimmed, null when blank. */
  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
