package org.practiceevaluations.recording;

import java.time.Clock;
import java.util.Optional;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.common.StepFailure;
import org.practiceevaluations.directory.CouncilRole;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.evaluation.EvaluationViews;
import org.practiceevaluations.evaluation.RecordingVariables;
import org.practiceevaluations.identity.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an evaluation on the child's file (docs/guide.md, "Recording", "A disputed grade", "Cases of concern"): the
 * PDF in the document store, the "case audit" case notes in the case record. Called by the process steps ({@link
 * SaveEvaluationPdf}, {@link AddCaseAuditNote}) inside their job's transaction, so what it writes to the application's
 * tables commits with the process, or not at all. Idempotent on the key the step passes.
 */
@Service
public class EvaluationRecording {

  private static final Logger LOG = LoggerFactory.getLogger(EvaluationRecording.class);
  static final String AUDIT_TEAM_AUTHOR = "audit-team";

  private final EvaluationViews views;
  private final EvaluationPdf pdf;
  private final CaseAuditNotes notes;
  private final CaseRecord caseRecord;
  private final DocumentStore documentStore;
  private final FiledDocumentRepository documents;
  private final TeamDirectory directory;
  private final StaffDirectory staff;
  private final Clock clock;

  public EvaluationRecording(EvaluationViews views, EvaluationPdf pdf, CaseAuditNotes notes, CaseRecord caseRecord,
      DocumentStore documentStore, FiledDocumentRepository documents, TeamDirectory directory, StaffDirectory staff,
      Clock clock) {
    this.views = views;
    this.pdf = pdf;
    this.notes = notes;
    this.caseRecord = caseRecord;
    this.documentStore = documentStore;
    this.documents = documents;
    this.directory = directory;
    this.staff = staff;
    this.clock = clock;
  }

  /**
   * Renders the full evaluation and saves it in the child's file under "Quality Assurances &amp; Audit", once per
   * key; returns the row of the filed document.
   */
  @Transactional
  public FiledDocument saveEvaluationPdf(String reference, String idempotencyKey) {
    Optional<FiledDocument> earlier = documents.findByIdempotencyKey(idempotencyKey);
    if (earlier.isPresent()) {
      LOG.info("Evaluation PDF of {} already filed as document {}: not filed again", reference, earlier.get().getId());
      return earlier.get();
    }
    EvaluationView view = views.view(reference);
    byte[] content = pdf.render(view);
    DocumentStore.StoredFile stored = documentStore.save(new DocumentStore.NewDocument(view.child().childReference(),
        DocumentStore.QUALITY_ASSURANCE_FOLDER, pdf.fileName(view), EvaluationPdf.CONTENT_TYPE, content,
        idempotencyKey));
    FiledDocument filed = documents.saveAndFlush(new FiledDocument(reference, view.child().childReference(),
        DocumentStore.QUALITY_ASSURANCE_FOLDER, stored.fileName(), EvaluationPdf.CONTENT_TYPE, stored.size(),
        stored.sha256(), stored.location(), clock.instant(), idempotencyKey));
    LOG.info("Evaluation PDF of {} filed for child {} as document {}", reference, view.child().childReference(),
        filed.getId());
    return filed;
  }

  /**
   * Adds a "case audit" case note of this kind to the child's record, once per key; returns the note's id in the
   * case record.
   *
   * @param reAudit for {@link NoteKind#RE_AUDIT_OUTCOME}: what the process knows of the re-audit; otherwise ignored
   */
  @Transactional
  public String addCaseAuditNote(String reference, NoteKind kind, ReAudit reAudit, String idempotencyKey) {
    return addCaseAuditNote(reference, kind, reAudit, null, idempotencyKey);
  }

  /**
   * As above; {@code teamNote} is the team manager's own text for {@link NoteKind#TEAM_PROGRESS}, whose author is
   * the team manager (every other note is the audit team's).
   */
  @Transactional
  public String addCaseAuditNote(String reference, NoteKind kind, ReAudit reAudit, String teamNote,
      String idempotencyKey) {
    EvaluationView view = views.view(reference);
    CaseAuditNotes.Composed note = switch (kind) {
      case EVALUATION_SUMMARY -> notes.evaluationSummary(view);
      case GRADING_DISCUSSION -> notes.gradingDiscussion(view);
      case RE_AUDIT_OUTCOME -> reAuditNote(view, reAudit == null ? ReAudit.NONE : reAudit);
      case TEAM_PROGRESS -> notes.teamProgress(view, teamNote);
    };
    String author;
    String authorName;
    if (kind == NoteKind.TEAM_PROGRESS) {
      author = view.people().teamManager().userId();
      authorName = view.people().teamManager().name() + ", team manager";
    } else {
      author = directory.holderOf(CouncilRole.AUDIT_MANAGER).orElse(AUDIT_TEAM_AUTHOR);
      authorName = author.equals(AUDIT_TEAM_AUTHOR) ? "Audit team" : staff.displayName(author) + ", audit team";
    }
    String id = caseRecord.addCaseNote(new CaseRecord.CaseNote(view.child().childReference(), CaseRecord.CASE_AUDIT,
        note.subject(), note.text(), author, authorName, reference, kind.code(), clock.instant(), idempotencyKey));
    LOG.info("Case audit note ({}) for {} recorded for child {} as note {}", kind.code(), reference,
        view.child().childReference(), id);
    return id;
  }

  /**
   * The re-audit: the evaluation named by {@code reAuditEvaluationReference}; else, when this evaluation is itself
   * the re-audit of an earlier one, this one (and the earlier one is the original). The outcome: the variable, or
   * else the re-audit's grade (inadequate: still inadequate; any other: improved and sustained).
   */
  private CaseAuditNotes.Composed reAuditNote(EvaluationView view, ReAudit reAudit) {
    EvaluationView original = view;
    EvaluationView reAuditView = null;
    if (reAudit.reAuditReference() != null) {
      reAuditView = views.view(reAudit.reAuditReference());
    } else if (view.previousEvaluationReference() != null) {
      reAuditView = view;
      original = views.view(view.previousEvaluationReference());
    }
    ReAudit.Outcome outcome = reAudit.outcome();
    if (outcome == null) {
      Grade grade = reAuditView == null ? null : reAuditView.grades().currentGrade();
      if (grade == null) {
        throw new IllegalStateException(StepFailure.STEP_STOPPED.say("The re-audit outcome of " + view.reference()
            + " is not known: set the variable '" + RecordingVariables.RE_AUDIT_OUTCOME.name() + "' (improved-and-sustained "
            + "or still-inadequate), or '" + RecordingVariables.RE_AUDIT_EVALUATION_REFERENCE.name()
            + "' to a graded re-audit."));
      }
      outcome = grade == Grade.INADEQUATE ? ReAudit.Outcome.STILL_INADEQUATE : ReAudit.Outcome.IMPROVED_AND_SUSTAINED;
    }
    return notes.reAuditOutcome(original, reAuditView, outcome, reAudit.notes());
  }
}
