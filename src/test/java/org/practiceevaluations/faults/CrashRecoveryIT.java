package org.practiceevaluations.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.journey.Answers;
import org.practiceevaluations.journey.TasklistClient;
import org.practiceevaluations.moderation.ModerationProcess;
import org.practiceevaluations.support.EmbeddedPostgres;
import org.practiceevaluations.support.Http;
import org.practiceevaluations.support.node.AppNode;
import org.practiceevaluations.support.node.ScriptedSmtp;
import org.practiceevaluations.support.node.Sql;

/**
 * The packaged application, in a JVM of its own on PostgreSQL with its job executor on, meets the faults of a real
 * server room:
 * <ol>
 *   <li>it is killed (SIGKILL) while evaluations wait at user tasks and while a notification job is half-way through
 *       sending (the mail server took the mail and hangs before answering); after the restart every instance, task,
 *       timer and table row is there, the interrupted job runs again by itself and the work goes on; nobody gets
 *       a mail twice that the mail server accepted, and the one it never answered goes again (ADR 0005);</li>
 *   <li>the mail server goes down part-way through a notification and comes back while the application is
 *       restarted: after the restart the job retries by itself and sends only to those who had not had it.</li>
 * </ol>
 * The job lock is short here (15 s, with SMTP time-outs under it), so a job interrupted by the kill is taken up
 * again promptly; production keeps 5 minutes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryIT {

  private static final Duration JOB_WAIT = Duration.ofMinutes(2);

  ScriptedSmtp smtp;
  Sql sql;
  Map<String, String> settings;
  AppNode node;

  @BeforeAll
  void databaseAndMailServer() {
    String url = EmbeddedPostgres.newDatabase();
    sql = new Sql(url);
    smtp = ScriptedSmtp.start();
    Path documents = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
        .resolve("target/nodes/crash-recovery-documents");
    settings = new LinkedHashMap<>();
    settings.put("spring.datasource.url", url);
    settings.put("spring.datasource.username", "postgres");
    settings.put("spring.datasource.password", "postgres");
    settings.put("spring.mail.host", "127.0.0.1");
    settings.put("spring.mail.port", String.valueOf(smtp.port()));
    // Under the job lock, as application.yaml keeps them under its 5 minutes.
    settings.put("spring.mail.properties.mail.smtp.connectiontimeout", "5000");
    settings.put("spring.mail.properties.mail.smtp.timeout", "10000");
    settings.put("spring.mail.properties.mail.smtp.writetimeout", "10000");
    settings.put("camunda.bpm.job-execution.lock-time-in-millis", "15000");
    settings.put("practice-evaluations.retry-cycle", "R3/PT10S");
    settings.put("practice-evaluations.document-store.root", documents.toString());
  }

  @AfterAll
  void stopEverything() {
    if (node != null) {
      node.close();
    }
    smtp.close();
  }

  @Test
  void afterAKillMidJobEveryEvaluationTaskTimerAndRowIsThereAndTheInterruptedMailGoesOnceToWhoeverLacksIt() {
    AppNode running = node();
    TasklistClient auditor = new TasklistClient(running.port(), "cevans");

    // One evaluation waits at the auditor's second task, its allocation mail accepted.
    Started waiting = start(running, "monthly", "cevans", null);
    awaitTask(waiting, Elements.READ_ALLOCATION);
    auditor.complete(waiting.reference(), Elements.READ_ALLOCATION, Answers.allocationRead());
    awaitTask(waiting, Elements.CONTACT_SOCIAL_WORKER);

    // A second one's allocation goes to the auditor (accepted) and the moderator: that mail hangs unanswered.
    smtp.stallAfter(1);
    Started interrupted = start(running, "moderated", "cevans", "sclarke");
    assertThat(smtp.awaitStalled(JOB_WAIT)).as("the mail server hangs on the second mail").isTrue();
    assertThat(ledger(interrupted)).containsEntry("cevans", "SENT").containsEntry("sclarke", "PENDING");

    Snapshot before = snapshot();
    assertThat(before.tasks()).isNotEmpty();
    assertThat(before.timers()).isNotEmpty();

    int exit = running.kill();
    assertThat(exit).as("killed by SIGKILL").isEqualTo(137);

    // While it is down: the mail server recovers, and the waiting evaluation's reminder falls due.
    smtp.acceptAll();
    String reminder = timerOf(waiting, Elements.AUDIT_REMINDER);
    sql.update("update act_ru_job set duedate_ = timestamp '2020-01-01 09:00' where id_ = ?", reminder);

    node = running.restart();
    TasklistClient auditorAgain = new TasklistClient(node.port(), "cevans");

    // Everything that was there is there.
    Snapshot after = snapshot();
    assertThat(after.instances()).containsAll(before.instances());
    assertThat(after.tasks()).containsAll(before.tasks());
    assertThat(after.timers()).containsAll(before.timers().stream().filter(t -> !t.startsWith(reminder)).toList());
    before.rows().forEach((table, count) -> assertThat(after.rows().get(table)).as(table).isGreaterThanOrEqualTo(count));
    assertThat(after.evaluations()).isEqualTo(before.evaluations());

    // The interrupted job runs again by itself: the moderator gets the mail, the auditor not a second one.
    AppNode.await("the interrupted allocation mail to be sent", JOB_WAIT,
        () -> "SENT".equals(ledger(interrupted).get("sclarke")));
    awaitTask(interrupted, Elements.READ_ALLOCATION);
    assertThat(node.logContains("notification: evaluation-allocated to sclarke sent again: an earlier try stopped "
        + "while sending it")).isTrue();
    // The reminder that fell due while the application was down goes once.
    AppNode.await("the reminder that fell due during the outage", JOB_WAIT,
        () -> accepted(waiting.reference(), "reminder").size() == 1);

    assertThat(accepted(interrupted.reference(), "")).extracting(ScriptedSmtp.Mail::to)
        .containsExactlyInAnyOrder("claire.evans@lowfield.example", "simon.clarke@lowfield.example");
    assertThat(smtp.unanswered()).extracting(ScriptedSmtp.Mail::to).containsExactly("simon.clarke@lowfield.example");
    assertThat(accepted(waiting.reference(), "")).extracting(ScriptedSmtp.Mail::subject)
        .filteredOn(subject -> subject.contains("a practice evaluation for you to complete")).hasSize(1);
    assertThat(sql.count("select count(*) from act_ru_incident")).isZero();
    assertThat(sql.count("select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ?",
        interrupted.processInstanceId(), Elements.READ_ALLOCATION)).as("the task created once").isEqualTo(1);

    // And the work goes on, on the restarted application.
    auditorAgain.complete(waiting.reference(), Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(true));
    auditorAgain.complete(interrupted.reference(), Elements.READ_ALLOCATION, Answers.allocationRead());
    new TasklistClient(node.port(), "sclarke").complete(interrupted.reference(),
        ModerationProcess.Elements.READ_CASE_FILE, Map.of("initialFindings", "Read the file; the plan is thin."));
    awaitTask(waiting, Elements.GATHER_FEEDBACK);
  }

  @Test
  void aMailServerDownPartWayThroughANotificationAndBackAcrossARestartSendsOnlyWhatIsMissing() {
    AppNode running = node();

    smtp.goDownAfter(1);
    Started evaluation = start(running, "moderated", "cgreen", "afitzgerald");
    AppNode.await("the allocation to fail for the moderator", JOB_WAIT,
        () -> "FAILED".equals(ledger(evaluation).get("afitzgerald")));
    assertThat(ledger(evaluation)).containsEntry("cgreen", "SENT");
    AppNode.await("the failed try to be recorded on the job", JOB_WAIT, () -> {
      JsonNode jobs = Http.basic(running.port(), AUDIT_MANAGER, PASSWORD)
          .get("/engine-rest/job?processInstanceId=" + evaluation.processInstanceId()).json();
      return jobs.size() == 1 && jobs.get(0).get("retries").asInt() <= 2;
    });

    int exit = running.stop();
    assertThat(exit).as("stopped by SIGTERM").isIn(0, 143);
    smtp.comeBack();
    node = running.restart();

    AppNode.await("the retry after the restart to send the missing mail", JOB_WAIT,
        () -> "SENT".equals(ledger(evaluation).get("afitzgerald")));
    awaitTask(evaluation, Elements.READ_ALLOCATION);
    assertThat(accepted(evaluation.reference(), "")).extracting(ScriptedSmtp.Mail::to)
        .containsExactlyInAnyOrder("catherine.green@lowfield.example", "anne.fitzgerald@lowfield.example");
    assertThat(node.logContains("mail: evaluation-allocated to afitzgerald")).as("sent by the restarted node").isTrue();
    assertThat(node.logContains("mail: evaluation-allocated to cgreen")).as("not sent again").isFalse();
    assertThat(sql.count("select count(*) from act_ru_incident where proc_inst_id_ = ?",
        evaluation.processInstanceId())).isZero();
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  record Started(String reference, String processInstanceId) {}

  record Snapshot(Set<String> instances, Set<String> tasks, List<String> timers, Map<String, Long> rows,
      List<String> evaluations) {}

  private AppNode node() {
    if (node == null || !node.isAlive()) {
      node = node == null ? AppNode.start("crash-recovery", settings) : node.restart();
    }
    return node;
  }

  private Started start(AppNode on, String type, String auditor, String moderator) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("childReference", "C104237");
    form.put("evaluationType", type);
    form.put("auditor", auditor);
    if (moderator != null) {
      form.put("moderator", moderator);
    }
    Http.Response response = new TasklistClient(on.port(), AUDIT_MANAGER).startProcess("practice-evaluation", form);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return new Started(response.json().get("businessKey").asText(), response.json().get("id").asText());
  }

  private void awaitTask(Started evaluation, String taskDefinitionKey) {
    AppNode.await(taskDefinitionKey + " in " + evaluation.reference(), JOB_WAIT, () -> sql.count(
        "select count(*) from act_ru_task t join act_ru_execution e on t.proc_inst_id_ = e.id_"
            + " where e.business_key_ = ? and t.task_def_key_ = ?", evaluation.reference(), taskDefinitionKey) == 1);
  }

  /** The notification ledger of the evaluation's allocation: user id to state. */
  private Map<String, String> ledger(Started evaluation) {
    return sql.rows("select recipient, state from pe_notification where evaluation_reference = ?"
        + " and template = 'evaluation-allocated'", evaluation.reference()).stream()
        .collect(Collectors.toMap(r -> (String) r.get("recipient"), r -> (String) r.get("state")));
  }

  private String timerOf(Started evaluation, String timerEventId) {
    return sql.column("select j.id_ from act_ru_job j join act_ru_jobdef d on j.job_def_id_ = d.id_"
        + " where j.process_instance_id_ = ? and d.act_id_ = ?", evaluation.processInstanceId(), timerEventId).get(0);
  }

  /** Mails the server accepted about this evaluation whose subject contains {@code text}. */
  private List<ScriptedSmtp.Mail> accepted(String reference, String text) {
    return smtp.accepted().stream()
        .filter(mail -> mail.subject() != null && mail.subject().startsWith(reference + ":")
            && mail.subject().contains(text))
        .toList();
  }

  private Snapshot snapshot() {
    Set<String> instances = Set.copyOf(sql.column("select id_ from act_ru_execution where id_ = proc_inst_id_"));
    Set<String> tasks = Set.copyOf(sql.column(
        "select id_ || ' ' || task_def_key_ || ' ' || coalesce(assignee_, '-') from act_ru_task"));
    List<String> timers = sql.column("select id_ || ' ' || to_char(duedate_, 'YYYY-MM-DD HH24:MI:SS') from act_ru_job"
        + " where type_ = 'timer' order by id_");
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : sql.column("select table_name from information_schema.tables"
        + " where table_schema = 'public' and table_name like 'pe\\_%' order by table_name")) {
      rows.put(table, sql.count("select count(*) from " + table));
    }
    List<String> evaluations = sql.column("select reference || ' ' || child_reference || ' ' || auditor || ' ' || coalesce(moderator, '-')"
        + " || ' ' || to_char(due_at, 'YYYY-MM-DD') from pe_evaluation"
        + " order by reference");
    return new Snapshot(instances, tasks, timers, rows, evaluations);
  }
}
