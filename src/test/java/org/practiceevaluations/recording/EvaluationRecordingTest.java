package org.practiceevaluations.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.evaluation.EvaluationViews;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.EvaluationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The recording service on evaluations in the tables (the built-in case record and file store). */
@AppTest
class EvaluationRecordingTest {

  @Autowired EvaluationRecording recording;
  @Autowired EvaluationFixtures fixtures;
  @Autowired EvaluationViews views;
  @Autowired EvaluationRepository evaluations;
  @Autowired CaseNoteEntryRepository notes;
  @Autowired FiledDocumentRepository documents;
  @Autowired FileSystemDocumentStore store;
  @Autowired CaseRecord caseRecord;
  @Autowired DocumentStore documentStore;
  @Autowired TransactionTemplate tx;

  @Test
  void theBuiltInsAreTheDatabaseCaseRecordAndTheFileStore() {
    assertThat(caseRecord).isInstanceOf(DatabaseCaseRecord.class);
    assertThat(documentStore).isInstanceOf(FileSystemDocumentStore.class);
  }

  @Test
  void theFiledPdfReadBackHasEverySectionTheGradesEveryActionAndTheCouncil() throws IOException {
    String reference = fixtures.completed("C104977", "pmurphy", Grade.GOOD, "sclarke", Grade.REQUIRES_IMPROVEMENT);

    FiledDocument filed = recording.saveEvaluationPdf(reference, "test/" + reference + "/pdf");

    Path file = store.root().resolve(filed.getLocation());
    assertThat(file).hasToString(store.root().resolve("C104977").resolve("Quality Assurances & Audit")
        .resolve(reference + " Practice evaluation.pdf").toString());
    String text = EvaluationPdfTest.text(Files.readAllBytes(file));
    assertThat(text).contains("Lowfield Council", "OFFICIAL-SENSITIVE", "Practice evaluation " + reference);
    for (org.practiceevaluations.catalogue.Catalogue.CatalogueSection section
        : org.practiceevaluations.support.ShippedCatalogue.catalogue().sections()) {
      assertThat(text).contains(section.number() + ". " + section.title());
    }
    assertThat(text).contains("First auditor's grade Good", "Moderator's grade Requires improvement",
        "Final grade Requires improvement", "Discrepancy Yes");
    EvaluationView view = views.view(reference);
    for (EvaluationView.Action action : view.actions()) {
      assertThat(text).contains(action.description());
    }
    assertThat(filed.getContentType()).isEqualTo("application/pdf");
    assertThat(filed.getChildReference()).isEqualTo("C104977");
  }

  @Test
  void theSameKeyTwiceFilesOneDocumentAndAddsOneNote() throws IOException {
    String reference = fixtures.completed(Grade.GOOD);

    FiledDocument first = recording.saveEvaluationPdf(reference, "test/" + reference + "/pdf");
    FiledDocument again = recording.saveEvaluationPdf(reference, "test/" + reference + "/pdf");
    String note = recording.addCaseAuditNote(reference, NoteKind.EVALUATION_SUMMARY, ReAudit.NONE,
        "test/" + reference + "/note");
    String noteAgain = recording.addCaseAuditNote(reference, NoteKind.EVALUATION_SUMMARY, ReAudit.NONE,
        "test/" + reference + "/note");

    assertThat(again.getId()).isEqualTo(first.getId());
    assertThat(documents.findByEvaluationReferenceOrderByStoredAtDescIdDesc(reference)).hasSize(1);
    try (var files = Files.list(store.root().resolve(first.getLocation()).getParent())) {
      assertThat(files.filter(p -> p.getFileName().toString().startsWith(reference + " "))).hasSize(1);
    }
    assertThat(noteAgain).isEqualTo(note);
    assertThat(notes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(reference)).hasSize(1);
    CaseNoteEntry entry = notes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(reference).get(0);
    assertThat(entry.getAuthor()).isEqualTo("kmorgan");
    assertThat(entry.getAuthorName()).isEqualTo("Karen Morgan, audit team");
  }

  @Test
  void theReAuditOutcomeComesFromTheVariableOrElseFromTheReAuditsGrade() {
    String original = fixtures.completed(Grade.INADEQUATE);
    String reAudit = fixtures.completed(Grade.GOOD);
    tx.executeWithoutResult(s -> evaluations.findByReference(reAudit).orElseThrow().followUp(original));

    recording.addCaseAuditNote(reAudit, NoteKind.RE_AUDIT_OUTCOME, ReAudit.NONE, "test/" + reAudit + "/re-audit");
    recording.addCaseAuditNote(original, NoteKind.RE_AUDIT_OUTCOME,
        new ReAudit(ReAudit.Outcome.STILL_INADEQUATE, reAudit, "Agreed at the review meeting."),
        "test/" + original + "/re-audit");

    assertThat(notes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(reAudit).get(0).getText())
        .contains("Re-audit of practice evaluation " + original + " (graded Inadequate",
            "re-audit " + reAudit, "Outcome: improved and sustained.");
    assertThat(notes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(original).get(0).getText())
        .contains("Outcome: still inadequate.", "Agreed at the review meeting.");
  }

  @Test
  void aReAuditOutcomeNobodyKnowsIsAClearError() {
    String reference = fixtures.completed(Grade.INADEQUATE);

    assertThatThrownBy(() -> recording.addCaseAuditNote(reference, NoteKind.RE_AUDIT_OUTCOME, ReAudit.NONE,
        "test/" + reference + "/unknown"))
        .hasMessageContaining("re-audit outcome of " + reference + " is not known")
        .hasMessageContaining("reAuditOutcome");
    assertThat(notes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(reference)).isEmpty();
  }
}
