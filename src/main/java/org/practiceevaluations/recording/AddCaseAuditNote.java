package org.practiceevaluations.recording;

import org.practiceevaluations.evaluation.RecordingVariables;
import static org.practiceevaluations.common.ProcessVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.evaluation.ProcessEvaluations;
import org.practiceevaluations.forms.StartAnswers;
import org.springframework.stereotype.Component;

/**
 * {@code ${addCaseAuditNote}}: adds a "case audit" case note to the child's record and sets
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
    Object kindValue = execution.getVariableLocal(RecordingVariables.NOTE_KIND.name());
    if (kindValue == null) {
      kindValue = execution.getVariable(RecordingVariables.NOTE_KIND.name());
    }
    NoteKind kind = NoteKind.parse(kindValue == null ? null : kindValue.toString());
    ReAudit reAudit = kind != NoteKind.RE_AUDIT_OUTCOME ? ReAudit.NONE : new ReAudit(
        ReAudit.Outcome.parse(text(execution, RecordingVariables.RE_AUDIT_OUTCOME.name())),
        text(execution, RecordingVariables.RE_AUDIT_EVALUATION_REFERENCE.name()),
        text(execution, RecordingVariables.RE_AUDIT_NOTES.name()));
    String teamNote = kind == NoteKind.TEAM_PROGRESS
        ? startAnswers.take(execution, RecordingVariables.TEAM_CASE_NOTE.name()) : null;
    String noteId = recording.addCaseAuditNote(reference, kind, reAudit, teamNote,
        IdempotencyKeys.of(execution, reference, kind.code()));
    execution.setVariable(RecordingVariables.CASE_AUDIT_NOTE_ID.name(), noteId);
  }
}
