package org.practiceevaluations.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.journey.Answers;
import org.practiceevaluations.journey.TasklistClient;
import org.practiceevaluations.support.EmbeddedPostgres;
import org.practiceevaluations.support.Http;
import org.practiceevaluations.support.node.AppNode;
import org.practiceevaluations.support.node.ScriptedSmtp;
import org.practiceevaluations.support.node.Sql;

/**
 * Two nodes of the application (the packaged jar, each in its own JVM with its own job executor) against one
 * PostgreSQL database, as Camunda's homogeneous cluster: the second node adds no model versions; staff complete an
 * evaluation's tasks on either node; a Tasklist log-in session belongs to the node that made it; and 200 reminder
 * timers falling due at the same moment fire exactly once each, with one mail each and none lost. The nodes run the
 * production job settings (5-minute job lock, retries 5 minutes apart): nothing here is tuned for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

  static final int EVALUATIONS = 200;
  /** Open cases of Assessment Team North (social workers ejones and obrown, team manager pmurphy). */
  static final List<String> CHILDREN = List.of("C104237", "C104274", "C104311", "C104348");
  /** Auditors who are neither those cases' social workers nor their team manager. */
  static final List<String> AUDITORS = List.of("rking", "cgreen", "mshah", "afitzgerald");
  private static final Duration WAIT = Duration.ofMinutes(5);

  ScriptedSmtp smtp;
  Sql sql;
  AppNode first;
  AppNode second;

  @BeforeAll
  void twoNodesOnOneDatabase() {
    String url = EmbeddedPostgres.newDatabase();
    sql = new Sql(url);
    smtp = ScriptedSmtp.start();
    Path documents = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
        .resolve("target/nodes/two-nodes-documents");
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spring.datasource.url", url);
    settings.put("spring.datasource.username", "postgres");
    settings.put("spring.datasource.password", "postgres");
    settings.put("spring.mail.host", "127.0.0.1");
    settings.put("spring.mail.port", String.valueOf(smtp.port()));
    settings.put("practice-evaluations.document-store.root", documents.toString());
    first = AppNode.start("node-1", settings);
    second = AppNode.start("node-2", settings);
  }

  @AfterAll
  void stopBoth() {
    for (AppNode node : new AppNode[] {first, second}) {
      if (node != null) {
        node.close();
      }
    }
    if (smtp != null) {
      smtp.close();
    }
  }

  @Test
  void theSecondNodeFindsTheModelsDeployedAndAddsNoVersion() {
    assertThat(second.logContains("Models and forms unchanged")).isTrue();
    assertThat(sql.count("select count(*) from act_re_deployment where name_ = 'practice-evaluations'"))
        .isEqualTo(1);
    assertThat(sql.count("select count(*) from act_re_procdef where key_ = 'practice-evaluation'")).isEqualTo(1);
  }

  @Test
  void staffCompleteTheTasksOfOneEvaluationOnEitherNode() {
    Http.Response started = new TasklistClient(first.port(), AUDIT_MANAGER).startProcess("practice-evaluation",
        Map.of("childReference", "C104977", "evaluationType", "monthly", "auditor", "cevans"));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String reference = started.json().get("businessKey").asText();
    TasklistClient onFirst = new TasklistClient(first.port(), "cevans");
    TasklistClient onSecond = new TasklistClient(second.port(), "cevans");

    AppNode.await("the allocation to reach the auditor", WAIT, () -> taskCount(reference, Elements.READ_ALLOCATION) == 1);
    onSecond.complete(reference, Elements.READ_ALLOCATION, Answers.allocationRead());
    onFirst.complete(reference, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(true));
    onSecond.complete(reference, Elements.GATHER_FEEDBACK, Answers.familyFeedback());
    assertThat(onFirst.task(reference, Elements.COMPLETE_EVALUATION)).isEqualTo(
        onSecond.task(reference, Elements.COMPLETE_EVALUATION));
    assertThat(sql.count("select count(*) from pe_family_feedback f join pe_evaluation e on f.evaluation_id = e.id"
        + " where e.reference = ?", reference)).isEqualTo(2);
  }

  @Test
  void aTasklistLogInIsASessionOfTheNodeThatMadeIt() {
    Http browser = Http.anonymous(first.port());
    assertThat(browser.webappLogin("tasklist", "cevans", PASSWORD).status()).isEqualTo(200);
    String session = "JSESSIONID=" + browser.cookie("JSESSIONID").orElseThrow();
    String tasks = "/camunda/api/engine/engine/default/task?assignee=cevans";

    assertThat(Http.anonymous(first.port()).send("GET", tasks, null, null, Map.of("Cookie", session)).status())
        .isEqualTo(200);
    // The load balancer sends the same browser to the other node: not logged in there (hence sticky sessions).
    assertThat(Http.anonymous(second.port()).send("GET", tasks, null, null, Map.of("Cookie", session)).status())
        .isEqualTo(401);
    // HTTP Basic (the REST APIs) holds no session: either node answers.
    assertThat(Http.basic(second.port(), "cevans", PASSWORD).get("/engine-rest/task?assignee=cevans").status())
        .isEqualTo(200);
  }

  @Test
  void twoHundredRemindersFallingDueAtOnceFireExactlyOnceEachAcrossBothNodes() throws Exception {
    List<String> references = startEvaluations();
    AppNode.await(EVALUATIONS + " reminder timers", WAIT, () -> reminderTimers(references) == EVALUATIONS);
    assertThat(mails(references, "a practice evaluation for you to complete")).as("allocations")
        .hasSize(EVALUATIONS).allSatisfy((reference, count) -> assertThat(count).as(reference).isEqualTo(1));

    // The moment they all fall due: one statement, so both job executors find 200 due timers together.
    int due = sql.update("update act_ru_job set duedate_ = timestamp '2020-01-01 09:00' where job_def_id_ in"
        + " (select id_ from act_ru_jobdef where act_id_ = ?) and process_instance_id_ in"
        + " (select proc_inst_id_ from act_ru_execution where business_key_ = any (?))",
        Elements.AUDIT_REMINDER, sql.array(references));
    assertThat(due).isEqualTo(EVALUATIONS);

    AppNode.await("every reminder timer to fire and its mail to go", WAIT,
        () -> reminderTimers(references) == 0 && pendingReminderJobs(references) == 0
            && mails(references, "a reminder").values().stream().mapToLong(Long::longValue).sum() >= EVALUATIONS);

    Map<String, Long> reminders = mails(references, "a reminder");
    assertThat(reminders).as("one reminder per evaluation").hasSize(EVALUATIONS)
        .allSatisfy((reference, count) -> assertThat(count).as(reference).isEqualTo(1));
    assertThat(sql.column("select state from pe_notification where template = 'evaluation-reminder'"))
        .hasSize(EVALUATIONS).containsOnly("SENT");
    assertThat(sql.count("select count(*) from act_ru_incident")).isZero();
    assertThat(sql.count("select count(*) from act_ru_job where exception_msg_ is not null")).isZero();
    assertThat(sql.count("select count(*) from act_hi_actinst where act_id_ = ? and end_time_ is not null",
        Elements.SEND_AUDIT_REMINDER)).as("each reminder step ran once").isEqualTo(EVALUATIONS);

    long byFirst = first.logLines("mail: evaluation-reminder to");
    long bySecond = second.logLines("mail: evaluation-reminder to");
    assertThat(byFirst + bySecond).isEqualTo(EVALUATIONS);
    System.out.printf("[INFO] TwoNodesIT: reminders sent by node-1: %d, by node-2: %d%n", byFirst, bySecond);
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  /** The audit manager allocates {@link #EVALUATIONS} evaluations, half on each node, four at a time. */
  private List<String> startEvaluations() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<String>> started = new ArrayList<>();
    for (int i = 0; i < EVALUATIONS; i++) {
      AppNode node = i % 2 == 0 ? first : second;
      Map<String, Object> form = Map.of("childReference", CHILDREN.get(i % CHILDREN.size()),
          "evaluationType", "monthly", "auditor", AUDITORS.get((i / 2) % AUDITORS.size()));
      started.add(pool.submit(() -> {
        Http.Response response = new TasklistClient(node.port(), AUDIT_MANAGER).startProcess("practice-evaluation",
            form);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("businessKey").asText();
      }));
    }
    List<String> references = new ArrayList<>();
    for (Future<String> reference : started) {
      references.add(reference.get(5, TimeUnit.MINUTES));
    }
    pool.shutdown();
    assertThat(references).doesNotHaveDuplicates();
    return references;
  }

  private long reminderTimers(List<String> references) {
    return sql.count("select count(*) from act_ru_job j join act_ru_jobdef d on j.job_def_id_ = d.id_"
        + " join act_ru_execution e on e.id_ = j.process_instance_id_"
        + " where d.act_id_ = ? and e.business_key_ = any (?)", Elements.AUDIT_REMINDER, sql.array(references));
  }

  private long pendingReminderJobs(List<String> references) {
    return sql.count("select count(*) from act_ru_job j join act_ru_jobdef d on j.job_def_id_ = d.id_"
        + " join act_ru_execution e on e.id_ = j.process_instance_id_"
        + " where d.act_id_ = ? and e.business_key_ = any (?)", Elements.SEND_AUDIT_REMINDER, sql.array(references));
  }

  /** Mails accepted per evaluation whose subject contains {@code text}. */
  private Map<String, Long> mails(List<String> references, String text) {
    return smtp.accepted().stream()
        .filter(mail -> mail.subject() != null && mail.subject().contains(text))
        .map(mail -> mail.subject().substring(0, mail.subject().indexOf(':')))
        .filter(references::contains)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private long taskCount(String reference, String taskDefinitionKey) {
    return sql.count("select count(*) from act_ru_task t join act_ru_execution e on t.proc_inst_id_ = e.id_"
        + " where e.business_key_ = ? and t.task_def_key_ = ?", reference, taskDefinitionKey);
  }
}
