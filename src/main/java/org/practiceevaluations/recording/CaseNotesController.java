package org.practiceevaluations.recording;

import java.time.Instant;
import java.util.List;
import org.practiceevaluations.common.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The built-in case record's "case audit" case notes over REST, newest first, for the audit team and the case's
 * team ({@link ChildRecordAccess}). When a council keeps its case notes in its own case-management system, these
 * answer 501: the notes are read there.
 */
@RestController
public class CaseNotesController {

  private final ChildRecordAccess access;
  private final ObjectProvider<DatabaseCaseRecord> builtIn;

  public CaseNotesController(ChildRecordAccess access, ObjectProvider<DatabaseCaseRecord> builtIn) {
    this.access = access;
    this.builtIn = builtIn;
  }

  public record CaseNoteView(long id, String childReference, String category, String kind, String subject,
      String text, String author, String authorName, String evaluationReference, Instant createdAt) {
    static CaseNoteView of(CaseNoteEntry n) {
      return new CaseNoteView(n.getId(), n.getChildReference(), n.getCategory(), n.getKind(), n.getSubject(),
          n.getText(), n.getAuthor(), n.getAuthorName(), n.getEvaluationReference(), n.getCreatedAt());
    }
  }

  @GetMapping("/api/cases/{childReference}/case-notes")
  public List<CaseNoteView> ofChild(@PathVariable String childReference) {
    access.requireReadable(childReference);
    return record().notesOf(childReference).stream().map(CaseNoteView::of).toList();
  }

  @GetMapping("/api/evaluations/{reference}/case-notes")
  public List<CaseNoteView> ofEvaluation(@PathVariable String reference) {
    access.requireReadableEvaluation(reference);
    return record().notesAbout(reference).stream().map(CaseNoteView::of).toList();
  }

  private DatabaseCaseRecord record() {
    DatabaseCaseRecord record = builtIn.getIfAvailable();
    if (record == null) {
      throw new KeptElsewhere();
    }
    return record;
  }

  @ExceptionHandler(KeptElsewhere.class)
  ResponseEntity<ProblemDetail> keptElsewhere() {
    return Problems.answer(HttpStatus.NOT_IMPLEMENTED,
        "Case notes are kept in the council's case-management system: read them there.");
  }

  /** A council's own case record is in use: its notes are not in this application's table. */
  static class KeptElsewhere extends RuntimeException {
    KeptElsewhere() {
      super(null, null, false, false);
    }
  }
}
