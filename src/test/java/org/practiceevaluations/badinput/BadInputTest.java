package org.practiceevaluations.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.ADMIN;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;
import static org.practiceevaluations.support.DemoUsers.SOCIAL_WORKER;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.journey.Answers;
import org.practiceevaluations.journey.TasklistClient;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of README's bad-input catalogue that no other test covers: malformed JSON and wrong content types on
 * every door that takes a body, answers that are not one of a form's options or not a date, start forms with an
 * unknown case or person or type, another person's task, message correlation, and the application API's own
 * bodies and parameters. Each is refused with a clear message, and nothing changes.
 */
@AppTest
class BadInputTest {

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired EvaluationRepository evaluations;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;

  TasklistClient auditor;
  String reference;
  String task;

  @BeforeEach
  void anEvaluationAtTheAuditorsContactWithTheSocialWorker() {
    auditor = new TasklistClient(port, "cevans");
    Http.Response started = new TasklistClient(port, AUDIT_MANAGER).startProcess(PracticeEvaluationProcess.KEY,
        Map.of("childReference", "C104311", "evaluationType", "monthly", "auditor", "cevans"));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    reference = started.json().get("businessKey").asText();
    for (Job job : managementService.createJobQuery().processInstanceId(started.json().get("id").asText())
        .messages().list()) {
      managementService.executeJob(job.getId());
    }
    auditor.complete(reference, Elements.READ_ALLOCATION, Answers.allocationRead());
    task = auditor.task(reference, Elements.CONTACT_SOCIAL_WORKER);
  }

  // --- Camunda Forms (Tasklist, POST /engine-rest/task/{id}/submit-form) ---------------------------------------

  @Test
  void aFormSentAsMalformedJsonIsRefusedAsABadRequest() {
    Http.Response response = basic("cevans").send("POST", "/engine-rest/task/" + task + "/submit-form",
        "application/json", "{\"variables\": {\"familyContactSafe\": ".getBytes(StandardCharsets.UTF_8), Map.of());

    assertUnparsableBodyRefused(response);
    assertTaskUntouched();
  }

  @Test
  void aFormSentAsSomethingOtherThanJsonIsRefusedAsAnUnsupportedMediaType() {
    Http.Response response = basic("cevans").send("POST", "/engine-rest/task/" + task + "/submit-form",
        "text/plain", "familyContactSafe=yes".getBytes(StandardCharsets.UTF_8), Map.of());

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.json().get("message").asText()).contains("Unsupported Media Type");
    assertTaskUntouched();
  }

  @Test
  void anAnswerThatIsNotOneOfTheOptionsAndADateThatIsNotADateAreRefused() {
    Map<String, Object> answers = new HashMap<>(Answers.socialWorkerContacted(true));
    answers.put("familyContactSafe", "maybe");
    answers.put("socialWorkerContactedOn", "next Tuesday");

    Http.Response response = auditor.submit(task, answers);

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("Please check your answers:");
    assertThat(response.json().get("message").asText()).containsIgnoringCase("date");
    assertThat(response.json().get("message").asText()).containsIgnoringCase("safe to contact the family");
    assertTaskUntouched();
  }

  @Test
  void anotherPersonsTaskCanBeNeitherReadNorCompleted() {
    Http.Response read = basic(SOCIAL_WORKER).get("/engine-rest/task/" + task + "/form-variables");
    Http.Response submitted = new TasklistClient(port, SOCIAL_WORKER).submit(task, Answers.socialWorkerContacted(true));

    assertThat(read.status()).isEqualTo(403);
    assertThat(submitted.status()).isEqualTo(403);
    assertThat(submitted.json().get("type").asText()).isEqualTo("AuthorizationException");
    assertTaskUntouched();
  }

  @Test
  void aTaskIdThatDoesNotExistIsToldSo() {
    Http.Response response = auditor.submit("no-such-task", Answers.socialWorkerContacted(true));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("This task is no longer open");
  }

  // --- Start forms (Tasklist "Start process", POST /engine-rest/process-definition/key/{key}/submit-form) -----

  @Test
  void aStartFormWithAnUnknownTypeCaseOrPersonIsRefusedAndStartsNothing() {
    long instances = runtimeService.createProcessInstanceQuery().count();
    long rows = count("pe_evaluation");
    Map<Map<String, Object>, String> refused = Map.of(
        Map.of("childReference", "C104311", "evaluationType", "brilliant", "auditor", "cevans"),
        "Choose the type of evaluation.",
        Map.of("evaluationType", "monthly", "auditor", "cevans"),
        "Choose the child's case (the child reference).",
        Map.of("childReference", "C999999", "evaluationType", "monthly", "auditor", "cevans"),
        "There is no case with the child reference C999999.",
        Map.of("childReference", "C104311", "evaluationType", "monthly", "auditor", "nobody"),
        "There is no user nobody to be the auditor.",
        Map.of("childReference", "C104311", "evaluationType", "moderated", "auditor", "cevans", "moderator",
            "ejones"), "ejones is not in the moderators group.",
        Map.of("childReference", "C104311", "evaluationType", "monthly", "auditor", "<script>alert(1)</script>"),
        "There is no user <script>alert(1)</script> to be the auditor.");

    refused.forEach((form, message) -> {
      Http.Response response = new TasklistClient(port, AUDIT_MANAGER).startProcess(PracticeEvaluationProcess.KEY,
          form);
      assertThat(response.status()).as(form + ": " + response).isEqualTo(400);
      assertThat(response.json().get("message").asText()).as(form.toString())
          .startsWith("The evaluation was not started: ").contains(message);
    });

    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(count("pe_evaluation")).isEqualTo(rows);
  }

  @Test
  void someoneWhoMayNotAllocateEvaluationsIsRefused() {
    long instances = runtimeService.createProcessInstanceQuery().count();

    Http.Response response = new TasklistClient(port, SOCIAL_WORKER).startProcess(PracticeEvaluationProcess.KEY,
        Map.of("childReference", "C104311", "evaluationType", "monthly", "auditor", "cevans"));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("message").asText()).contains("CREATE_INSTANCE");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  // --- Message correlation (POST /engine-rest/message) ---------------------------------------------------------

  @Test
  void aMessageNobodyWaitsForIsRefused() {
    Http.Response response = basic(ADMIN).sendJson("POST", "/engine-rest/message",
        "{\"messageName\": \"NoSuchMessage\", \"businessKey\": \"" + reference + "\"}", false);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("Cannot correlate message 'NoSuchMessage'");
  }

  @Test
  void staffCannotCorrelateMessagesIntoAnEvaluationThemselves() {
    long escalations = count("pe_safety_escalation");
    Http.Response response = basic("cevans").sendJson("POST", "/engine-rest/message",
        "{\"messageName\": \"" + PracticeEvaluationProcess.Messages.SAFETY_ESCALATION_RAISED + "\", \"businessKey\": \""
            + reference + "\"}", false);

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(count("pe_safety_escalation")).as("no escalation recorded").isEqualTo(escalations);
    assertTaskUntouched();
  }

  @Test
  void aMalformedMessageIsRefused() {
    Http.Response response = basic(ADMIN).send("POST", "/engine-rest/message", "application/json",
        "{\"messageName\": ".getBytes(StandardCharsets.UTF_8), Map.of());

    assertUnparsableBodyRefused(response);
  }

  // --- The application's REST API (/api) -----------------------------------------------------------------------

  @Test
  void aSafetyEscalationSentAsMalformedJsonOrAsTextIsRefused() {
    long escalations = count("pe_safety_escalation");
    String path = "/api/evaluations/" + reference + "/safety-escalations";
    Http.Response malformed = basic("cevans").send("POST", path, "application/json",
        "{\"concern\": ".getBytes(StandardCharsets.UTF_8), Map.of());
    Http.Response text = basic("cevans").send("POST", path, "text/plain",
        "The child is at risk".getBytes(StandardCharsets.UTF_8), Map.of());
    Http.Response empty = basic("cevans").sendJson("POST", path, "{}", false);

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("message").asText())
        .isEqualTo("The request body could not be read: it is missing or not valid JSON.");
    assertThat(text.status()).isEqualTo(415);
    assertThat(text.json().get("message").asText()).contains("Content type text/plain", "application/json");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(count("pe_safety_escalation")).isEqualTo(escalations);
  }

  @Test
  void anEvaluationThatDoesNotExistOrIsNotYoursIsNotFound() {
    Http.Response unknown = basic("cevans").get("/api/evaluations/PE-2026-9999");
    Http.Response notTheirs = basic("obrown").get("/api/evaluations/" + reference);
    Http.Response theirs = basic("cevans").get("/api/evaluations/" + reference);

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("message").asText()).isEqualTo("No evaluation PE-2026-9999.");
    assertThat(notTheirs.status()).as("no hint that the child is being audited").isEqualTo(404);
    assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);
    assertThat(theirs.json().get("reference").asText()).isEqualTo(reference);
  }

  @Test
  void parametersOutOfRangeOrOfTheWrongKindAreRefused() {
    Http.Response tooMany = basic(AUDIT_MANAGER).get("/api/outbox?limit=100000");
    Http.Response notANumber = basic(AUDIT_MANAGER).get("/api/outbox?limit=lots");
    Http.Response unknownRole = basic(AUDIT_MANAGER).sendJson("PUT", "/api/directory/roles/chief-auditor",
        "{\"userId\": \"kmorgan\"}", false);

    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().get("message").asText()).isEqualTo("limit must be between 1 and 500.");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.json().get("message").asText()).contains("limit");
    assertThat(unknownRole.status()).isEqualTo(400);
    assertThat(unknownRole.json().get("message").asText()).isEqualTo("Unknown role chief-auditor.");
  }

  // --- CSV import ------------------------------------------------------------------------------------------------

  @Test
  void aCaseRegisterSentAsJsonOrEmptyIsRefusedAndChangesNothing() {
    long cases = count("pe_child_case");
    Http.Response json = basic(AUDIT_MANAGER).sendJson("POST", "/api/cases/import", "[{\"child_reference\": "
        + "\"C1\"}]", false);
    Http.Response empty = basic(AUDIT_MANAGER).postCsv("/api/cases/import", "");

    assertThat(json.status()).isEqualTo(415);
    assertThat(json.json().get("message").asText()).contains("Content type application/json", "text/csv");
    assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
    assertThat(count("pe_child_case")).isEqualTo(cases);
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  /**
   * The engine REST API has two answers to a body that is not JSON, both 400: Camunda's (JSON, an
   * InvalidRequestException whose message Camunda leaves empty, never echoing the body) or the JSON reader's own,
   * in plain text, saying where the JSON breaks. Two mappers are registered for the same exception and which one
   * answers varies from one start of the application to another.
   */
  private static void assertUnparsableBodyRefused(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    if (response.body().startsWith("{")) {
      assertThat(response.json().get("type").asText()).isEqualTo("InvalidRequestException");
    } else {
      assertThat(response.body()).startsWith("Unexpected end-of-input").contains("line: 1, column:");
    }
  }

  private Http basic(String user) {
    return Http.basic(port, user, PASSWORD);
  }

  /** The task is still open, and none of the form's answers reached the evaluation or the process. */
  private void assertTaskUntouched() {
    assertThat(taskService.createTaskQuery().taskId(task).count()).as("the task is still open").isEqualTo(1);
    tx.executeWithoutResult(status -> {
      var e = evaluations.findByReference(reference).orElseThrow();
      assertThat(e.contact().socialWorkerContactNotes()).isNull();
    });
    String instance = taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
    assertThat(runtimeService.getVariables(instance)).doesNotContainKeys("familyContactSafe",
        "socialWorkerContactedOn", "socialWorkerContactNotes");
  }

  private long count(String table) {
    return List.of(jdbc.queryForObject("select count(*) from " + table, Long.class)).get(0);
  }
}
