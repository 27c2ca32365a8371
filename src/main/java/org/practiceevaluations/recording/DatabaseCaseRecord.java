package org.practiceevaluations.recording;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * The built-in case record: "case audit" case notes in the application's own table ({@code pe_case_note}),
 * readable over REST by the audit team and the case's team ({@link CaseNotesController}).
 *
 * <p>Idempotent in two ways: a note whose key is already stored is not added again, and the note is written in
 * the transaction of the process step that adds it, so a step that fails after writing takes its note with it and
 * its retry writes it once.
 */
@Transactional
public class DatabaseCaseRecord implements CaseRecord {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseCaseRecord.class);

  private final CaseNoteEntryRepository notes;

  public DatabaseCaseRecord(CaseNoteEntryRepository notes) {
    this.notes = notes;
  }

  @Override
  public String addCaseNote(CaseNote note) {
    return notes.findByIdempotencyKey(note.idempotencyKey())
        .map(existing -> {
          LOG.info("Case note for {} ({}) already recorded as note {}: not added again",
              note.evaluationReference(), note.kind(), existing.getId());
          return existing;
        })
        .orElseGet(() -> notes.saveAndFlush(new CaseNoteEntry(note)))
        .getId().toString();
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.Optional<List<CaseNote>> caseNotesAbout(String evaluationReference) {
    return java.util.Optional.of(notes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(evaluationReference).stream()
        .map(n -> new CaseNote(n.getChildReference(), n.getCategory(), n.getSubject(), n.getText(), n.getAuthor(),
            n.getAuthorName(), n.getEvaluationReference(), n.getKind(), n.getCreatedAt(), n.getIdempotencyKey()))
        .toList());
  }

  @Transactional(readOnly = true)
  public List<CaseNoteEntry> notesOf(String childReference) {
    return notes.findByChildReferenceOrderByCreatedAtDescIdDesc(childReference);
  }

  @Transactional(readOnly = true)
  public List<CaseNoteEntry> notesAbout(String evaluationReference) {
    return notes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(evaluationReference);
  }
}
