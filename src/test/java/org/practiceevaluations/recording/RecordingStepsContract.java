package org.practiceevaluations.recording;

import org.practiceevaluations.evaluation.RecordingVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.evaluation.EvaluationViews;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.support.EvaluationFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two recording steps as asynchronous jobs of a test model ({@code recording/recording-test.bpmn}) that uses
 * them exactly as the evaluation models do. Jobs are run by the test (job executor off); a listener makes a step
 * fail after its delegate wrote, as a crash before the commit would. Runs on H2 ({@link RecordingStepsTest}) and on
 * PostgreSQL ({@link RecordingStepsOnPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RecordingStepsContract {

  static final String PROCESS = "recording-test";
  static final String SAVE_PDF = "Task_SavePdf";
  static final String ADD_NOTE = "Task_AddCaseNote";

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired EvaluationFixtures fixtures;
  @Autowired EvaluationViews views;
  @Autowired CaseNoteEntryRepository notes;
  @Autowired FiledDocumentRepository documents;
  @Autowired FileSystemDocumentStore store;

  @BeforeEach
  void deployTheTestModel() {
    FailAfterWriting.reset();
    if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      repository.createDeployment().name("recording-test")
          .addClasspathResource("recording/recording-test.bpmn").deploy();
    }
  }

  @AfterEach
  void noMoreFailures() {
    FailAfterWriting.reset();
  }

  /** The context is shared with other test classes: take the test model away again. */
  @AfterAll
  void removeTheTestModel() {
    repository.createDeploymentQuery().deploymentName("recording-test").list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void aStepThatFailsAfterWritingAndIsRetriedFilesOnePdfAndAddsOneNote() throws IOException {
    String reference = fixtures.completed("C104237", "pmurphy", Grade.REQUIRES_IMPROVEMENT, null, null);
    ProcessInstance instance = start(reference, "evaluation-summary", false);

    FailAfterWriting.failNext(SAVE_PDF, 1);
    Job pdfJob = job(instance);
    assertThatThrownBy(() -> management.executeJob(pdfJob.getId())).hasMessageContaining("Simulated failure");
    assertThat(documents.findByEvaluationReferenceOrderByStoredAtDescIdDesc(reference)).isEmpty();
    assertThat(pdfsOf(reference)).as("the file outlives the rolled-back transaction").hasSize(1);

    management.executeJob(pdfJob.getId());

    List<FiledDocument> filed = documents.findByEvaluationReferenceOrderByStoredAtDescIdDesc(reference);
    assertThat(filed).hasSize(1);
    assertThat(filed.get(0).getIdempotencyKey()).isEqualTo(FailAfterWriting.keyAtFailure(SAVE_PDF));
    assertThat(pdfsOf(reference)).hasSize(1);
    FiledDocument pdf = filed.get(0);
    Path file = store.root().resolve(pdf.getLocation());
    assertThat(pdf.getFolder()).isEqualTo("Quality Assurances & Audit");
    assertThat(file.getParent().getFileName()).hasToString("Quality Assurances & Audit");
    assertThat(file.getParent().getParent().getFileName()).hasToString("C104237");
    assertThat(pdf.getSha256()).isEqualTo(FileSystemDocumentStore.sha256(Files.readAllBytes(file)));
    assertThat(pdf.getSize()).isEqualTo(Files.size(file));
    assertThat(runtime.getVariable(instance.getId(), RecordingVariables.EVALUATION_PDF_DOCUMENT_ID.name()))
        .isEqualTo(pdf.getId());

    FailAfterWriting.failNext(ADD_NOTE, 1);
    Job noteJob = job(instance);
    assertThatThrownBy(() -> management.executeJob(noteJob.getId())).hasMessageContaining("Simulated failure");
    assertThat(notes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(reference)).isEmpty();

    management.executeJob(noteJob.getId());

    List<CaseNoteEntry> added = notes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(reference);
    assertThat(added).hasSize(1);
    CaseNoteEntry note = added.get(0);
    assertThat(note.getIdempotencyKey()).as("the retry runs on a new execution, with the same key")
        .isEqualTo(FailAfterWriting.keyAtFailure(ADD_NOTE));
    assertThat(note.getChildReference()).isEqualTo("C104237");
    assertThat(note.getCategory()).isEqualTo("Case audit");
    assertThat(note.getKind()).isEqualTo("evaluation-summary");
    assertThat(note.getSubject()).contains(reference, "Requires improvement");
    assertThat(note.getText()).contains("Final grade: Requires improvement");
    EvaluationView view = views.view(reference);
    assertThat(view.actions()).isNotEmpty();
    for (EvaluationView.Action action : view.actions()) {
      assertThat(note.getText()).contains(action.description(), "Owner: " + action.owner().name());
    }
    assertThat(note.getIdempotencyKey()).startsWith(reference + "/evaluation-summary/" + instance.getId()
        + "/" + ADD_NOTE + "/").endsWith("/0");
    assertThat(runtime.getVariable(instance.getId(), RecordingVariables.CASE_AUDIT_NOTE_ID.name()))
        .isEqualTo(note.getId().toString());
    assertThat(job(instance)).as("waiting at the end").isNull();
  }

  @Test
  void aSecondPassThroughTheNoteStepIsASecondNote() {
    String reference = fixtures.completed(Grade.GOOD);
    ProcessInstance instance = start(reference, "evaluation-summary", true);
    management.executeJob(job(instance).getId());
    management.executeJob(job(instance).getId());
    runtime.setVariable(instance.getId(), "again", false);

    management.executeJob(job(instance).getId());

    assertThat(notes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(reference))
        .extracting(n -> n.getIdempotencyKey().substring(n.getIdempotencyKey().lastIndexOf('/') + 1))
        .containsExactlyInAnyOrder("0", "1");
  }

  @Test
  void anUnknownNoteKindBecomesAnIncidentThatNamesTheKindsAndCanBeRetriedOnceFixed() {
    String reference = fixtures.completed(Grade.GOOD);
    ProcessInstance instance = start(reference, "summary", false);
    management.executeJob(job(instance).getId());
    Job noteJob = job(instance);

    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThatThrownBy(() -> management.executeJob(noteJob.getId()))
          .hasMessageContaining("Unknown case note kind 'summary'")
          .hasMessageContaining("evaluation-summary, grading-discussion, re-audit-outcome");
    }
    Incident incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo(ADD_NOTE);
    assertThat(incident.getIncidentMessage()).contains("Unknown case note kind 'summary'");
    assertThat(notes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(reference)).isEmpty();

    runtime.setVariable(instance.getId(), "noteKind", "evaluation-summary");
    management.setJobRetries(noteJob.getId(), 1);
    management.executeJob(noteJob.getId());

    assertThat(notes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(reference)).hasSize(1);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  ProcessInstance start(String reference, String noteKind, boolean again) {
    return runtime.startProcessInstanceByKey(PROCESS, reference, Map.of(
        RecordingVariables.EVALUATION_REFERENCE.name(), reference, "noteKind", noteKind, "again", again));
  }

  Job job(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  List<Path> pdfsOf(String reference) throws IOException {
    Path folder = store.root().resolve("C104237").resolve(DocumentStore.QUALITY_ASSURANCE_FOLDER);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().startsWith(reference + " ")).toList();
    }
  }
}
