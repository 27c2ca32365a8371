package org.practiceevaluations.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.practiceevaluations.common.DatabaseUnavailableException;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.journey.Answers;
import org.practiceevaluations.journey.TasklistClient;
import org.practiceevaluations.support.EmbeddedPostgres;
import org.practiceevaluations.support.Http;
import org.practiceevaluations.support.ShippedCatalogue;
import org.practiceevaluations.support.node.AppNode;
import org.practiceevaluations.support.node.TcpProxy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database becomes unreachable for a while (a TCP proxy between the application and PostgreSQL is cut):
 * every door into the application (its REST API with a password or a Tasklist session, the engine REST API,
 * Tasklist's own calls, the log-in) answers 503 with one plain message; a form being saved when the connection
 * drops, half of its rows already sent, leaves nothing behind; and when the database is back the application
 * carries on by itself, the job executor included, with the Tasklist session still logged in.
 *
 * <p>Its own Spring context, with the job executor on (as in production) and a 2-second wait for a connection
 * (production waits 30 s, Hikari's default, before answering the same 503).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=true", "spring.datasource.hikari.connection-timeout=2000"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = DatabaseOutageTest.BehindAProxy.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {

  private static final Duration WAIT = Duration.ofMinutes(1);
  static TcpProxy proxy;

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ProcessEngine engine;
  @Autowired EvaluationRepository evaluations;
  @Autowired TransactionTemplate tx;

  TasklistClient auditor;
  String reference;

  @BeforeEach
  void anEvaluationAtTheAuditorsFirstTask() {
    proxy.restore();
    auditor = new TasklistClient(port, "cevans");
    reference = allocate();
  }

  @AfterEach
  void databaseBack() {
    proxy.restore();
  }

  @Test
  void whileTheDatabaseIsUnreachableEveryDoorAnswers503WithAPlainMessageAndAfterwardsAllCarriesOn() {
    Http tasklist = Http.anonymous(port);
    assertThat(tasklist.webappLogin("tasklist", "cevans", PASSWORD).status()).isEqualTo(200);
    String task = auditor.task(reference, Elements.READ_ALLOCATION);
    String form = TasklistClient.body(Answers.allocationRead());
    String stage = stageOf(reference);

    proxy.cut();

    Map<String, Http.Response> answers = new LinkedHashMap<>();
    answers.put("API, HTTP Basic", Http.basic(port, "cevans", PASSWORD).get("/api/evaluations/" + reference));
    answers.put("API, Tasklist session", tasklist.get("/api/evaluations/" + reference));
    answers.put("engine REST API", Http.basic(port, "cevans", PASSWORD).get("/engine-rest/task?assignee=cevans"));
    answers.put("engine REST API, submit a form", auditor.submit(task, Answers.allocationRead()));
    answers.put("Tasklist, task list", tasklist.get("/camunda/api/engine/engine/default/task?assignee=cevans"));
    answers.put("Tasklist, complete a task", tasklist.sendJson("POST",
        "/camunda/api/engine/engine/default/task/" + task + "/submit-form", form, true));
    answers.put("Tasklist, log in", Http.anonymous(port).webappLogin("tasklist", "kmorgan", PASSWORD));
    answers.forEach((door, answer) -> {
      assertThat(answer.status()).as(door + ": " + answer).isEqualTo(503);
      assertThat(answer.json().get("message").asText()).as(door).contains(DatabaseUnavailableException.MESSAGE);
    });

    proxy.restore();
    awaitDatabaseBack();

    // Nothing was done: the same task is open, the evaluation as it was.
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(stageOf(reference)).isEqualTo(stage);
    // The Tasklist session outlived the outage, and the job executor carries on by itself.
    assertThat(tasklist.sendJson("POST", "/camunda/api/engine/engine/default/task/" + task + "/submit-form", form,
        true).status()).isEqualTo(204);
    String another = allocate();
    assertThat(auditor.task(another, Elements.READ_ALLOCATION)).isNotBlank();
  }

  @Test
  void aConnectionLostWhileAFormIsBeingSavedLeavesNothingHalfWritten() {
    auditor.complete(reference, Elements.READ_ALLOCATION, Answers.allocationRead());
    auditor.complete(reference, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(false));
    String task = auditor.task(reference, Elements.COMPLETE_EVALUATION);
    AtomicInteger sectionsSent = proxy.watch("insert into pe_evaluation_section");
    AtomicInteger actionsSent = proxy.watch("insert into pe_evaluation_action");
    int cutsBefore = proxy.cuts();
    // The connection drops the moment the evaluation's own row is updated, after its new sections and actions have
    // reached the database (Hibernate writes inserts first), before the engine has completed the task.
    proxy.cutWhenSent("update pe_evaluation set");

    Http.Response refused = auditor.submit(task, Answers.evaluation("good", "ejones", "pmurphy"));

    assertThat(proxy.cuts()).as("the connection dropped mid-save").isEqualTo(cutsBefore + 1);
    assertThat(sectionsSent).as("section rows sent before the drop")
        .hasValue(ShippedCatalogue.catalogue().sections().size());
    assertThat(actionsSent).as("action rows sent before the drop").hasValue(2);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
    assertThat(refused.json().get("message").asText()).contains(DatabaseUnavailableException.MESSAGE);

    proxy.restore();
    awaitDatabaseBack();
    assertThat(taskService.createTaskQuery().taskId(task).count()).as("the task is still open").isEqualTo(1);
    tx.executeWithoutResult(status -> {
      Evaluation e = evaluations.findByReference(reference).orElseThrow();
      assertThat(e.getSections()).as("no section of the lost save").isEmpty();
      assertThat(e.getActions()).isEmpty();
      assertThat(e.grades().firstGrade()).isNull();
    });
    String instance = taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
    assertThat(runtimeService.getVariables(instance)).doesNotContainKeys("overallGrade", "section1Judgement");

    // The auditor sends the same form again, and it is saved whole.
    auditor.complete(reference, Elements.COMPLETE_EVALUATION, Answers.evaluation("good", "ejones", "pmurphy"));
    tx.executeWithoutResult(status -> {
      Evaluation e = evaluations.findByReference(reference).orElseThrow();
      assertThat(e.getSections()).hasSize(ShippedCatalogue.catalogue().sections().size());
      assertThat(e.getActions()).hasSize(2);
    });
  }

  /**
   * The job executor of this class's own context stops with the class. The context itself stays open (closing a
   * Spring context with the Camunda webapps clears what the webapps keep JVM-wide, and the next test's Cockpit
   * plugin would not load).
   */
  @AfterAll
  void stopTheJobExecutor() {
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor().shutdown();
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  /** The audit manager allocates an evaluation; the job executor sends it, and the auditor's first task appears. */
  private String allocate() {
    Http.Response started = new TasklistClient(port, AUDIT_MANAGER).startProcess("practice-evaluation",
        Map.of("childReference", "C104311", "evaluationType", "monthly", "auditor", "cevans"));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String ref = started.json().get("businessKey").asText();
    AppNode.await("the job executor to send the allocation of " + ref, WAIT,
        () -> taskService.createTaskQuery().processInstanceBusinessKey(ref)
            .taskDefinitionKey(Elements.READ_ALLOCATION).count() == 1);
    return ref;
  }

  /** The pool reconnects by itself; the API answers again. */
  private void awaitDatabaseBack() {
    AppNode.await("the application to reach the database again", WAIT,
        () -> Http.basic(port, "cevans", PASSWORD).get("/api/evaluations/" + reference).status() == 200);
  }

  private String stageOf(String ref) {
    return tx.execute(status -> evaluations.findByReference(ref).orElseThrow().getStage().name());
  }

  /** The application's database, reached through a proxy the test can cut. */
  static class BehindAProxy implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      EmbeddedPostgres.closeBeforeServerStops(context);
      String direct = EmbeddedPostgres.newDatabase();
      int databasePort = EmbeddedPostgres.server().getPort();
      proxy = TcpProxy.to(databasePort);
      // prepareThreshold=0: every statement goes with its text, so the proxy can see which one is being sent.
      String throughProxy = direct.replace("localhost:" + databasePort, "127.0.0.1:" + proxy.port())
          + "&prepareThreshold=0";
      TestPropertyValues.of(
          "spring.datasource.url=" + throughProxy,
          "spring.datasource.username=postgres",
          "spring.datasource.password=postgres").applyTo(context.getEnvironment());
    }
  }
}
