package org.practiceevaluations.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practiceevaluations.support.BackgroundSteps;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bad answers to the evaluation's forms are refused with a message Tasklist shows (HTTP 400 from submit-form),
 * and nothing changes: the task stays open and the evaluation tables and process variables are as before.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class BadAnswersTest {

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired EvaluationRepository evaluations;
  @Autowired TransactionTemplate tx;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  TasklistClient auditor;
  String ref;

  @BeforeEach
  void anEvaluationAtTheEvaluationForm() {
    TasklistClient auditManager = new TasklistClient(port, "kmorgan");
    auditor = new TasklistClient(port, "cevans");
    Http.Response started = auditManager.startProcess("practice-evaluation", Map.of("childReference", "C104311",
        "evaluationType", "monthly", "auditor", "cevans"));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    ref = started.json().get("businessKey").asText();
    runBackgroundSteps();
    auditor.complete(ref, Elements.READ_ALLOCATION, Answers.allocationRead());
    auditor.complete(ref, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(false));
  }

  @Test
  void anUnknownGradeIsRefusedAndNothingChanges() {
    Map<String, Object> answers = Answers.evaluation("good", "ejones", "pmurphy");
    answers.put("overallGrade", "brilliant");
    assertRefused(answers, "the overall grade 'brilliant' is not a grade");
  }

  @Test
  void tasklistIsToldTheApplicationsOwnMessageWithoutTheEnginesPrefix() {
    // Tasklist submits through its own engine API (/camunda/api/engine) with the log-in session and XSRF token
    Http tasklist = Http.anonymous(port);
    assertThat(tasklist.webappLogin("tasklist", "cevans", "demo").status()).isEqualTo(200);
    String taskId = auditor.task(ref, Elements.COMPLETE_EVALUATION);
    Map<String, Object> answers = Answers.evaluation("good", "ejones", "pmurphy");
    answers.put("overallGrade", "brilliant");

    Http.Response response = tasklist.send("POST", "/camunda/api/engine/engine/default/task/" + taskId
        + "/submit-form", "application/json", TasklistClient.body(answers).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Map.of("X-XSRF-TOKEN", tasklist.xsrfToken()));

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().get("message").asText())
        .startsWith("Please check your answers:")
        .contains("the overall grade 'brilliant' is not a grade")
        .doesNotContain("Cannot submit task form", taskId);
    assertThat(response.json().get("type").asText()).as("the rest of the answer as the engine gave it")
        .isEqualTo("RestException");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void whatARefusedFormSaidIsNotWrittenToTheLog(CapturedOutput output) {
    Map<String, Object> answers = Answers.evaluation("good", "ejones", "pmurphy");
    answers.put("overallGrade", "Leo-Marsh-born-2014");
    assertRefused(answers, "the overall grade 'Leo-Marsh-born-2014' is not a grade");

    assertThat(output).doesNotContain("Leo-Marsh-born-2014").doesNotContain("Please check your answers");
  }

  @Test
  void aJudgedSectionWithoutCommentaryIsRefused() {
    Map<String, Object> answers = Answers.evaluation("good", "ejones", "pmurphy");
    section(answers, "planning").remove("commentary");
    assertRefused(answers, "The commentary in section 4 (Planning) is needed.");
  }

  @Test
  void anActionWithoutOwnerOrDateIsRefused() {
    Map<String, Object> answers = Answers.evaluation("good", "ejones", "pmurphy");
    answers.put("actions", List.of(Map.of("description", "Update the chronology.")));
    assertRefused(answers, "Action 1: who will do it is needed.", "Action 1: the date it is due is needed.");
  }

  @Test
  void aDueDateInThePastIsRefused() {
    Map<String, Object> answers = Answers.evaluation("good", "ejones", "pmurphy");
    answers.put("actions", List.of(Map.of("description", "Update the chronology.", "owner", "ejones",
        "dueDate", LocalDate.now().minusDays(1).toString())));
    assertRefused(answers, "Action 1: the date it is due cannot be in the past.");
  }

  @Test
  void anOwnerWhoIsNotOneOfTheCasesPeopleIsRefused() {
    Map<String, Object> answers = Answers.evaluation("good", "ejones", "pmurphy");
    answers.put("actions", List.of(Map.of("description", "Update the chronology.", "owner", "obrown",
        "dueDate", LocalDate.now().plusDays(3).toString())));
    assertRefused(answers, "Action 1: choose who will do it from the list.");
  }

  @Test
  void aCommentaryOfAMegabyteIsRefused() {
    Map<String, Object> answers = Answers.evaluation("good", "ejones", "pmurphy");
    section(answers, "voice-of-the-child").put("commentary", "x".repeat(1_000_000));
    assertRefused(answers, "The commentary in section 2 (Voice and lived experience of the child) is longer than "
        + "20000 characters.");
  }

  /**
   * A long commentary (the guide asks for evidence, and auditors write a lot) is kept in full in the evaluation's
   * tables; the answers never become process variables, so the engine's 4,000-character variable columns do not
   * limit them and the engine's history holds no copy of what was written about the child (ADR 0009).
   */
  @Test
  void aLongCommentaryIsKeptInTheEvaluationAndNotInTheEngine() {
    Map<String, Object> answers = Answers.evaluation("good", "ejones", "pmurphy");
    String commentary = "Her wishes and feelings are recorded at every visit, in her own words. ".repeat(250).trim();
    assertThat(commentary.length()).isGreaterThan(15_000);
    section(answers, "voice-of-the-child").put("commentary", commentary);
    String instance = taskService.createTaskQuery().taskId(auditor.task(ref, Elements.COMPLETE_EVALUATION))
        .singleResult().getProcessInstanceId();

    auditor.complete(ref, Elements.COMPLETE_EVALUATION, answers);

    tx.executeWithoutResult(status -> assertThat(evaluations.findByReference(ref).orElseThrow().getSections())
        .filteredOn(s -> s.getSectionNumber() == 2).singleElement()
        .extracting(org.practiceevaluations.evaluation.SectionJudgement::getCommentary).isEqualTo(commentary));
    assertThat(runtimeService.getVariable(instance, "firstGrade")).isEqualTo("good");
    for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
      assertThat(jdbc.queryForObject("select count(*) from " + table + " where proc_inst_id_ = ? and name_ in "
          + "('sections', 'overallGrade', 'actions', 'statementsMet', 'commentary')", Long.class, instance))
          .as(table).isZero();
    }
  }

  /**
   * Completing a task with the answers as variables (not as a form) cannot carry a text the engine cannot keep: the
   * reflective discussion, a text of its own on its form (the evaluation's sections travel as one JSON list, which the
   * engine keeps whole).
   */
  @Test
  void aLongAnswerSentAsAVariableOfACompletedTaskIsRefusedWithAMessage() {
    auditor.complete(ref, Elements.COMPLETE_EVALUATION, Answers.evaluation("good", "ejones", "pmurphy"));
    Map<String, Object> answers = new HashMap<>(Answers.reflectiveDiscussion(true));
    answers.put("reflectiveDiscussion", "She is seen alone at every visit. ".repeat(150));
    String taskId = auditor.task(ref, Elements.REFLECTIVE_DISCUSSION);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(taskId, answers))
        .hasMessageContaining("An answer longer than 4000 characters can only be sent as a form");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    tx.executeWithoutResult(status -> assertThat(evaluations.findByReference(ref).orElseThrow()
        .reflectiveDiscussion().discussion()).isNull());
  }

  /** The audit team completes the evaluation for someone with the engine's complete: the sections list is read. */
  @Test
  void theEvaluationCompletedWithItsAnswersAsVariablesKeepsEverySection() {
    Map<String, Object> answers = new HashMap<>();
    Answers.evaluation("good", "ejones", "pmurphy").forEach((name, value) -> answers.put(name,
        value instanceof List<?> list ? org.camunda.bpm.engine.variable.Variables.objectValue(list)
            .serializationDataFormat("application/json").create() : value));
    String taskId = auditor.task(ref, Elements.COMPLETE_EVALUATION);
    String instance = taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();

    taskService.complete(taskId, answers);

    tx.executeWithoutResult(status -> assertThat(evaluations.findByReference(ref).orElseThrow()
        .sections(org.practiceevaluations.evaluation.SectionJudgement.Stage.FIRST))
        .hasSize(org.practiceevaluations.support.ShippedCatalogue.catalogue().sections().size()));
    assertThat(runtimeService.getVariable(instance, "sections")).as("the answers left the engine").isNull();
  }

  @Test
  void aFormThatIsNotAnsweredAtAllListsEveryProblem() {
    Http.Response response = auditor.submit(auditor.task(ref, Elements.COMPLETE_EVALUATION), new HashMap<>());
    assertThat(response.status()).isEqualTo(400);
    String message = response.json().get("message").asText();
    for (org.practiceevaluations.catalogue.Catalogue.CatalogueSection section
        : org.practiceevaluations.support.ShippedCatalogue.catalogue().judgedSections()) {
      assertThat(message).contains("Choose a judgement for section " + section.number() + " (");
    }
    assertThat(message).as("good practice, improvements and learning needs are not graded")
        .doesNotContain("Choose a judgement for section 13 (");
    assertThat(message).contains("Choose the overall grade.");
  }

  @Test
  void aGoodAnswerIsStillAcceptedAfterABadOne() {
    Map<String, Object> bad = Answers.evaluation("good", "ejones", "pmurphy");
    bad.put("overallGrade", "brilliant");
    assertThat(auditor.submit(auditor.task(ref, Elements.COMPLETE_EVALUATION), bad).status()).isEqualTo(400);
    auditor.complete(ref, Elements.COMPLETE_EVALUATION, Answers.evaluation("good", "ejones", "pmurphy"));
    tx.executeWithoutResult(status -> assertThat(evaluations.findByReference(ref).orElseThrow().getActions())
        .hasSize(2));
  }

  /** The answers of one section (by its key in the shipped catalogue) in the form's list of sections. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> section(Map<String, Object> answers, String key) {
    List<Map<String, Object>> rows = (List<Map<String, Object>>) answers.get("sections");
    return rows.stream().filter(r -> key.equals(r.get("key"))).findFirst().orElseThrow();
  }

  private void assertRefused(Map<String, Object> answers, String... problems) {
    String taskId = auditor.task(ref, Elements.COMPLETE_EVALUATION);
    Http.Response response = auditor.submit(taskId, answers);

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    String message = response.json().get("message").asText();
    assertThat(message).as("the application's own words first").startsWith("Please check your answers:");
    for (String problem : problems) {
      assertThat(message).contains(problem);
    }
    // nothing changed: the same task is open, the tables hold no judgement, no variable was set
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    tx.executeWithoutResult(status -> {
      Evaluation e = evaluations.findByReference(ref).orElseThrow();
      assertThat(e.getSections()).isEmpty();
      assertThat(e.getActions()).isEmpty();
      assertThat(e.grades().firstGrade()).isNull();
    });
    String instance = taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    assertThat(runtimeService.getVariables(instance)).doesNotContainKeys("overallGrade", "firstGrade",
        "section1Judgement", "actions");
  }

  void runBackgroundSteps() {
    BackgroundSteps.run(managementService);
  }
}
