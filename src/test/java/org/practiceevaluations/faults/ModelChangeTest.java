package org.practiceevaluations.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;
import static org.practiceevaluations.support.DemoUsers.PROCESS_OWNER;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.journey.Answers;
import org.practiceevaluations.journey.TasklistClient;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.Http;
import org.practiceevaluations.support.ModelDeployments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * A process owner deploys the practice evaluation model from Camunda Modeler (the engine REST API, HTTP Basic, as
 * README "Deploying a changed model" says) while evaluations are running:
 * <ul>
 *   <li>a broken model, decision table or form is refused (400) with the parser's own message (file, line, what is
 *       wrong), nothing is deployed and the running evaluations go on untouched;</li>
 *   <li>a changed model becomes a new version: new evaluations use it, running ones carry on with theirs, and the
 *       process owner moves a running one to the new version with Camunda's migration API (README "Moving running
 *       evaluations to a new version").</li>
 * </ul>
 * Every deployment made here is removed afterwards, with what runs on it.
 */
@AppTest
class ModelChangeTest {

  static final String MODEL = "processes/practice-evaluation.bpmn";
  static final String OLD_NAME = "name=\"Contact the social worker\"";
  static final String NEW_NAME = "name=\"Contact the allocated social worker\"";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final List<String> deploymentNames = new ArrayList<>();
  TasklistClient auditor;
  ProcessDefinition current;
  String running;

  @BeforeEach
  void anEvaluationRunningOnTheCurrentModel() {
    current = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PracticeEvaluationProcess.KEY)
        .latestVersion().singleResult();
    auditor = new TasklistClient(port, "cevans");
    running = start();
    auditor.complete(running, Elements.READ_ALLOCATION, Answers.allocationRead());
  }

  @AfterEach
  void removeTheDeployments() {
    ModelDeployments.remove(repositoryService, deploymentNames);
  }

  @Test
  void aBrokenModelOrFormIsRefusedWithTheReadersMessageAndRunningEvaluationsAreUntouched() throws Exception {
    String model = model();
    // the line the engine names for the broken flow, wherever the model has it today
    String flowLine = "line " + model.substring(0, model.indexOf("<bpmn:sequenceFlow id=\"Flow_AW2\"")).lines().count();
    record Broken(String what, String file, String content, String type, List<String> says) {}
    List<Broken> broken = List.of(
        new Broken("a model cut short", "practice-evaluation.bpmn", model.substring(0, model.length() / 2),
            "BadUserRequestException", List.of("Could not parse 'practice-evaluation.bpmn'",
                "XML document structures must start and end within the same entity")),
        new Broken("a flow to a task that is not there", "practice-evaluation.bpmn", model.replace(
            "sourceRef=\"Task_ReadAllocation\" targetRef=\"Task_ContactSocialWorker\"",
            "sourceRef=\"Task_ReadAllocation\" targetRef=\"Task_ContactTheWorker\""),
            "ParseException", List.of("Invalid destination 'Task_ContactTheWorker' of sequence flow 'Flow_AW2'",
                "resource practice-evaluation.bpmn | " + flowLine)),
        new Broken("no history time to live", "practice-evaluation.bpmn",
            model.replace("camunda:historyTimeToLive=\"P2190D\" ", ""),
            "ParseException", List.of("History Time To Live (TTL) cannot be null", "line 6")),
        new Broken("a form that is not JSON", "contact-social-worker.form",
            "{\"id\": \"contact-social-worker\", \"components\": [", "BadUserRequestException",
            List.of("Could not parse Camunda Form resource contact-social-worker.form", "line 1 column")),
        new Broken("a decision table cut short", "evaluation-deadlines.dmn",
            "<?xml version=\"1.0\"?><definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"",
            "BadUserRequestException", List.of("Unable to transform DMN resource 'evaluation-deadlines.dmn'",
                "XML document structures must start and end within the same entity")));
    String taskBefore = auditor.task(running, Elements.CONTACT_SOCIAL_WORKER);
    long deploymentsBefore = repositoryService.createDeploymentQuery().count();

    for (Broken b : broken) {
      Http.Response refused = deploy(b.file(), b.content());
      assertThat(refused.status()).as(b.what() + ": " + refused).isEqualTo(400);
      assertThat(refused.json().get("type").asText()).as(b.what()).isEqualTo(b.type());
      assertThat(refused.json().get("message").asText()).as(b.what()).contains(b.says());
    }

    assertThat(repositoryService.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deploymentsBefore);
    assertThat(latest().getId()).as("no new version").isEqualTo(current.getId());
    assertThat(auditor.task(running, Elements.CONTACT_SOCIAL_WORKER)).isEqualTo(taskBefore);
    Http.Response form = auditor.get("/engine-rest/task/" + taskBefore + "/deployed-form");
    assertThat(form.status()).as("Tasklist still shows the form").isEqualTo(200);
    assertThat(form.json().get("id").asText()).isEqualTo("contact-social-worker");
    auditor.complete(running, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(true));
    assertThat(auditor.task(running, Elements.GATHER_FEEDBACK)).isNotBlank();
  }

  @Test
  void aChangedModelIsANewVersionNewEvaluationsUseItRunningOnesCarryOnAndCanBeMigrated() {
    String changed = model().replace(OLD_NAME, NEW_NAME).replace("camunda:versionTag=\"1.0\"",
        "camunda:versionTag=\"1.1\"");
    assertThat(changed).contains(NEW_NAME);

    Http.Response deployed = deploy(changed);
    assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
    ProcessDefinition next = latest();
    assertThat(next.getVersion()).isEqualTo(current.getVersion() + 1);
    assertThat(next.getVersionTag()).isEqualTo("1.1");

    // A new evaluation uses the new version; the running one keeps its own and carries on.
    String started = start();
    assertThat(definitionOf(started)).isEqualTo(next.getId());
    auditor.complete(started, Elements.READ_ALLOCATION, Answers.allocationRead());
    assertThat(taskName(started)).isEqualTo("Contact the allocated social worker");
    assertThat(definitionOf(running)).isEqualTo(current.getId());
    assertThat(taskName(running)).isEqualTo("Contact the social worker");

    // The process owner moves the running evaluation to the new version, as README shows with curl.
    Http owner = Http.basic(port, PROCESS_OWNER, PASSWORD);
    Http.Response plan = owner.sendJson("POST", "/engine-rest/migration/generate", """
        {"sourceProcessDefinitionId": "%s", "targetProcessDefinitionId": "%s", "updateEventTriggers": true}
        """.formatted(current.getId(), next.getId()), false);
    assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
    assertThat(plan.json().get("instructions")).as("every activity maps to itself").isNotEmpty();
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(running)
        .singleResult().getId();
    String execute = "{\"migrationPlan\": " + plan.body() + ", \"processInstanceIds\": [\"" + instance + "\"]}";
    Http.Response validation = owner.sendJson("POST", "/engine-rest/migration/validate", plan.body(), false);
    assertThat(validation.status()).as(validation.toString()).isEqualTo(200);
    assertThat(validation.json().get("instructionReports")).isEmpty();
    Http.Response migrated = owner.sendJson("POST", "/engine-rest/migration/execute", execute, false);
    assertThat(migrated.status()).as(migrated.toString()).isEqualTo(204);

    assertThat(definitionOf(running)).isEqualTo(next.getId());
    String task = auditor.task(running, Elements.CONTACT_SOCIAL_WORKER);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getProcessDefinitionId())
        .isEqualTo(next.getId());
    assertThat(managementService.createJobQuery().processInstanceId(instance).timers().list())
        .as("its deadlines came along").extracting(Job::getProcessDefinitionId).containsOnly(next.getId())
        .hasSizeGreaterThanOrEqualTo(2);
    auditor.complete(running, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(true));
    assertThat(auditor.task(running, Elements.GATHER_FEEDBACK)).isNotBlank();
  }

  @Test
  void nobodyButAProcessOwnerMovesRunningEvaluations() {
    Http.Response deployed = deploy(model().replace(OLD_NAME, NEW_NAME));
    assertThat(deployed.status()).isEqualTo(200);
    String plan = Http.basic(port, PROCESS_OWNER, PASSWORD).sendJson("POST", "/engine-rest/migration/generate",
        "{\"sourceProcessDefinitionId\": \"" + current.getId() + "\", \"targetProcessDefinitionId\": \""
            + latest().getId() + "\"}", false).body();
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(running)
        .singleResult().getId();

    Http.Response refused = Http.basic(port, AUDIT_MANAGER, PASSWORD).sendJson("POST",
        "/engine-rest/migration/execute", "{\"migrationPlan\": " + plan + ", \"processInstanceIds\": [\"" + instance
            + "\"]}", false);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(definitionOf(running)).isEqualTo(current.getId());
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  private String start() {
    Http.Response started = new TasklistClient(port, AUDIT_MANAGER).startProcess(PracticeEvaluationProcess.KEY,
        Map.of("childReference", "C104348", "evaluationType", "monthly", "auditor", "cevans"));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String reference = started.json().get("businessKey").asText();
    for (Job job : managementService.createJobQuery().processInstanceId(started.json().get("id").asText())
        .messages().list()) {
      managementService.executeJob(job.getId());
    }
    return reference;
  }

  private Http.Response deploy(String content) {
    return deploy("practice-evaluation.bpmn", content);
  }

  private Http.Response deploy(String file, String content) {
    String deploymentName = "model-change-test-" + suffix + "-" + deploymentNames.size();
    deploymentNames.add(deploymentName);
    return Http.basic(port, PROCESS_OWNER, PASSWORD).postMultipart("/engine-rest/deployment/create",
        Map.of("deployment-name", deploymentName, "deployment-source", "Camunda Modeler"),
        Map.of(file, content.getBytes(StandardCharsets.UTF_8)));
  }

  private ProcessDefinition latest() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(PracticeEvaluationProcess.KEY)
        .latestVersion().singleResult();
  }

  private String definitionOf(String reference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult()
        .getProcessDefinitionId();
  }

  private String taskName(String reference) {
    JsonNode form = auditor.get("/engine-rest/task/" + auditor.task(reference, Elements.CONTACT_SOCIAL_WORKER)).json();
    return form.get("name").asText();
  }

  private static String model() {
    try {
      return new String(new ClassPathResource(MODEL).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
