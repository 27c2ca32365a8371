package org.practiceevaluations.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.practiceevaluations.moderation.ModerationProcess;
import org.practiceevaluations.notification.Outbox;
import org.practiceevaluations.recording.CaseNoteEntry;
import org.practiceevaluations.recording.CaseNoteEntryRepository;
import org.practiceevaluations.recording.DocumentStore;
import org.practiceevaluations.recording.FiledDocument;
import org.practiceevaluations.recording.FiledDocumentRepository;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.BackgroundSteps;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One moderated evaluation from allocation to closure, driven through the engine REST API by the demo users with
 * their own credentials, as Tasklist would (the background steps run as the job executor would). At the end the
 * PDF is in the document store, the case notes on the child's record, the mails in the outbox and the moderator's
 * grade final in the tables.
 */
@AppTest
class ModeratedEvaluationJourneyTest {

  static final String CHILD = "C104237"; // Assessment Team North: social worker ejones, team manager pmurphy

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired EvaluationRepository evaluations;
  @Autowired FiledDocumentRepository documents;
  @Autowired CaseNoteEntryRepository caseNotes;
  @Autowired Outbox outbox;
  @Autowired TransactionTemplate tx;
  @Autowired DocumentStore documentStore;

  @Test
  void aModeratedEvaluationGoesFromAllocationToClosureWithEveryoneWorkingTheirOwnTasks() throws Exception {
    TasklistClient auditManager = new TasklistClient(port, "kmorgan");
    TasklistClient auditor = new TasklistClient(port, "cevans");
    TasklistClient moderator = new TasklistClient(port, "sclarke");
    TasklistClient teamManager = new TasklistClient(port, "pmurphy");
    TasklistClient socialWorker = new TasklistClient(port, "ejones");

    Http.Response started = auditManager.startProcess("practice-evaluation", Map.of("childReference", CHILD,
        "evaluationType", "moderated", "auditor", "cevans", "moderator", "sclarke"));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String ref = started.json().get("businessKey").asText();
    assertThat(ref).matches("PE-\\d{4}-\\d{4}");
    runBackgroundSteps();

    // the auditor's first task shows the key case information prepared for the form
    String allocation = auditor.task(ref, Elements.READ_ALLOCATION);
    JsonNode shown = auditor.formVariables(allocation);
    assertThat(shown.get("childReferenceText").get("value").asText()).isEqualTo(CHILD);
    assertThat(shown.get("moderatorText").get("value").asText()).isEqualTo("Simon Clarke");
    auditor.complete(ref, Elements.READ_ALLOCATION, Answers.allocationRead());

    // nobody works anyone else's task
    assertThat(socialWorker.tasks()).isEmpty();
    String readCaseFile = moderator.task(ref, ModerationProcess.Elements.READ_CASE_FILE);
    assertThat(auditor.submit(readCaseFile, Map.of("initialFindings", "not mine")).status()).isIn(403, 404);

    moderator.complete(ref, ModerationProcess.Elements.READ_CASE_FILE,
        Map.of("initialFindings", "Long history of neglect concerns; the plan looks thin."));
    auditor.complete(ref, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(true));
    auditor.complete(ref, Elements.GATHER_FEEDBACK, Answers.familyFeedback());
    auditor.complete(ref, Elements.COMPLETE_EVALUATION, Answers.evaluation("good", "ejones", "pmurphy"));
    // the team sees the first auditor's grade differently (section 15); in a moderated evaluation the moderation
    // discussion (15a) settles that, so no dispute follows when the team agrees there
    Map<String, Object> teamDisagrees = new HashMap<>(Answers.reflectiveDiscussion(false));
    teamDisagrees.put("teamViewOfGrade", "outstanding");
    auditor.complete(ref, Elements.REFLECTIVE_DISCUSSION, teamDisagrees);
    runBackgroundSteps();

    moderator.complete(ref, ModerationProcess.Elements.COMPLETE_MODERATION, Answers.moderation("requires-improvement"));
    moderator.complete(ref, ModerationProcess.Elements.MODERATION_DISCUSSION, Answers.moderationDiscussion());
    runBackgroundSteps();

    teamManager.complete(ref, Elements.SUPERVISION_DISCUSSION, Answers.supervision());
    // a long note (over the engine's 4,000-character text column) reaches the child's record whole
    String longNote = "Chronology update started; the family group conference is booked for next month. ".repeat(80)
        .trim();
    teamManager.complete(ref, Elements.WRITE_CASE_NOTE, Map.of("caseNote", longNote));
    runBackgroundSteps();
    String update = teamManager.task(ref, Elements.UPDATE_ACTIONS);
    List<Map<String, Object>> rows = new ArrayList<>();
    JsonNode value = teamManager.formVariables(update).get("actionUpdates").get("value");
    JsonNode actionRows = value.isTextual() ? new com.fasterxml.jackson.databind.ObjectMapper().readTree(value.asText())
        : value;
    for (JsonNode row : actionRows) {
      Map<String, Object> done = new HashMap<>();
      done.put("number", row.get("number").asInt());
      done.put("done", true);
      done.put("progressNote", "Done.");
      rows.add(done);
    }
    assertThat(rows).hasSize(2);
    assertThat(teamManager.submit(update, Map.of("actionUpdates", rows)).status()).isEqualTo(204);
    runBackgroundSteps();

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref).count())
        .as("the evaluation and its moderation have ended").isZero();

    tx.executeWithoutResult(status -> {
      Evaluation e = evaluations.findByReference(ref).orElseThrow();
      assertThat(e.getStage()).isEqualTo(EvaluationStage.COMPLETE);
      assertThat(e.grades().firstGrade()).isEqualTo(Grade.GOOD);
      assertThat(e.moderation().moderatedGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
      assertThat(e.grades().finalGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
      assertThat(e.grades().finalGradeSource()).isEqualTo(Evaluation.FinalGradeSource.MODERATOR);
      assertThat(e.moderation().discrepancy()).isTrue();
      assertThat(e.grades().completedBy()).isEqualTo("cevans");
      assertThat(e.moderation().initialFindings()).startsWith("Long history");
      int sections = org.practiceevaluations.support.ShippedCatalogue.catalogue().sections().size();
      assertThat(e.sections(SectionJudgement.Stage.FIRST)).hasSize(sections);
      assertThat(e.sections(SectionJudgement.Stage.MODERATION)).hasSize(sections);
      assertThat(e.sections(SectionJudgement.Stage.MODERATION)).filteredOn(s -> "childs-journey".equals(s.getSectionKey()))
          .singleElement().satisfies(s -> assertThat(s.getStatementsMet()).hasSize(2));
      assertThat(e.getFeedback()).hasSize(2);
      assertThat(e.getActions()).extracting(EvaluationAction::getStatus)
          .containsOnly(EvaluationAction.Status.DONE);
    });

    // each discussion with the team is there whole, under its own name, for whoever reads the evaluation
    Http.Response read = Http.basic(port, "kmorgan", "demo").get("/api/evaluations/" + ref);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    JsonNode section15 = read.json().get("reflectiveDiscussion");
    assertThat(section15.get("attendees").asText()).isEqualTo("Social worker, team manager");
    assertThat(section15.get("teamAgrees").asBoolean()).isFalse();
    assertThat(section15.get("teamView").asText()).isEqualTo("OUTSTANDING");
    assertThat(section15.get("teamReasons").asText()).isEqualTo("The team feels the impact of the plan was under-weighted.");
    JsonNode section15a = read.json().get("moderationDiscussion");
    assertThat(section15a.get("discussion").asText()).startsWith("Discussed with the first auditor and the team");
    assertThat(section15a.get("teamAgrees").asBoolean()).isTrue();
    assertThat(section15a.get("teamReasons").isNull()).isTrue();
    assertThat(read.json().get("gradeDisputed").asBoolean()).isFalse();
    assertThat(read.json().has("teamViewReason")).as("no field that could mean either discussion").isFalse();

    List<FiledDocument> pdfs = documents.findByEvaluationReferenceOrderByStoredAtDescIdDesc(ref);
    assertThat(pdfs).hasSize(1);
    assertThat(pdfs.get(0).getFolder()).isEqualTo("Quality Assurances & Audit");
    try (var in = documentStore.open(pdfs.get(0).getLocation()).orElseThrow()) {
      assertThat(in.readNBytes(4)).isEqualTo("%PDF".getBytes());
    }

    assertThat(caseNotes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(ref))
        .extracting(CaseNoteEntry::getKind, CaseNoteEntry::getAuthor)
        .containsExactlyInAnyOrder(tuple("evaluation-summary", "kmorgan"), tuple("team-progress", "pmurphy"));
    assertThat(caseNotes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(ref))
        .filteredOn(n -> n.getKind().equals("team-progress")).singleElement()
        .extracting(CaseNoteEntry::getText).asString().contains(longNote);

    assertThat(outbox.messages(null, null, ref, null, 100)).extracting(Outbox.Message::template,
        Outbox.Message::recipient).contains(
        tuple("evaluation-allocated", "cevans"), tuple("evaluation-allocated", "sclarke"),
        tuple("first-evaluation-submitted", "sclarke"),
        tuple("moderation-discrepancy", "cevans"), tuple("moderation-discrepancy", "kmorgan"),
        tuple("evaluation-shared", "ejones"), tuple("evaluation-shared", "pmurphy"),
        tuple("evaluation-shared", "cevans"), tuple("evaluation-shared", "sclarke"));
  }

  void runBackgroundSteps() {
    BackgroundSteps.run(managementService);
  }
}
