package org.practiceevaluations.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.recording.DocumentStore;
import org.practiceevaluations.recording.FileSystemDocumentStore;
import org.practiceevaluations.support.EvaluationFixtures;
import org.practiceevaluations.support.IsolatedAppTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention schedule (defaults: outbox mails 30 days, notification records two years, a closed case's
 * evaluations six years) applied by the retention process, with the engine clock moved across each limit: the day
 * before it nothing is touched, the day after it the older record is gone (or anonymised) and the younger one, written
 * later, is still whole. The process's own history counts what it removed and holds nothing it said. Before and after
 * row counts are asserted and written to the test log.
 */
@IsolatedAppTest
class RetentionTest {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionTest.class);
  private static final ZoneId ZONE = ZoneId.systemDefault();
  /** Two open demo cases of Assessment Team South, closed by this test: one earlier, one later. */
  private static final String OLDER_CASE = "C104607";
  private static final String YOUNGER_CASE = "C104644";

  @Autowired JdbcTemplate jdbc;
  @Autowired EvaluationFixtures fixtures;
  @Autowired DocumentStore documentStore;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  Instant t0;

  @BeforeEach
  void fixTheClock() {
    t0 = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(t0));
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void outboxMailsGoThirtyDaysAfterTheyWereWrittenAndNotADaySooner() {
    long older = mail(t0, "Arthur's mail");
    long younger = mail(t0.plus(Duration.ofDays(5)), "a later mail");
    Map<String, Long> before = counts();

    runRetentionAt(t0.plus(Duration.ofDays(30)).minus(Duration.ofHours(1)));
    assertThat(outboxIds()).contains(older, younger);

    long run = runRetentionAt(t0.plus(Duration.ofDays(30)).plus(Duration.ofHours(1)));
    Map<String, Long> after = counts();
    LOG.info("retention of outbox mails: before {}, after {}", before, after);

    assertThat(outboxIds()).doesNotContain(older).contains(younger);
    assertThat(after.get("pe_outbox_message")).isLessThan(before.get("pe_outbox_message"));
    assertThat(jdbc.queryForObject("select count(*) from pe_notification where id = ?", Long.class, older))
        .as("the ledger keeps that it was sent").isOne();
    assertThat(countsOf(run).get(RetentionProcess.Vars.OUTBOX_MAIL_DELETED.name())).isEqualTo(
        (int) (before.get("pe_outbox_message") - after.get("pe_outbox_message")));
    assertThat(historyHolds(run, "Arthur")).isFalse();
  }

  @Test
  void notificationRecordsGoTwoYearsAfterTheyWereWritten() {
    long older = mail(t0, "an old mail");
    long younger = mail(t0.plus(Duration.ofDays(3)), "a younger mail");

    runRetentionAt(t0.atZone(ZONE).plus(Period.ofYears(2)).toInstant().minus(Duration.ofHours(1)));
    assertThat(ledgerIds()).contains(older, younger);

    Map<String, Long> before = counts();
    long run = runRetentionAt(t0.atZone(ZONE).plus(Period.ofYears(2)).toInstant().plus(Duration.ofHours(1)));
    Map<String, Long> after = counts();
    LOG.info("retention of notification records: before {}, after {}", before, after);

    assertThat(ledgerIds()).doesNotContain(older).contains(younger);
    assertThat(countsOf(run).get(RetentionProcess.Vars.NOTIFICATION_RECORDS_DELETED.name()))
        .isEqualTo((int) (before.get("pe_notification") - after.get("pe_notification")));
  }

  @Test
  void aClosedCaseIsAnonymisedSixYearsAfterItClosedAndItsCaseNotesAndFilesDeleted() throws Exception {
    LocalDate closedOn = t0.atZone(ZONE).toLocalDate();
    // every other closed case of the demo register closed after both of ours: untouched here
    jdbc.update("update pe_child_case set closed_on = ? where is_open = false", closedOn.plusDays(30));
    String olderEvaluation = evaluationWithNoteAndFile(OLDER_CASE);
    String youngerEvaluation = evaluationWithNoteAndFile(YOUNGER_CASE);
    close(OLDER_CASE, closedOn);
    close(YOUNGER_CASE, closedOn.plusDays(10));
    // a closure audit its team manager said was not needed, and why
    jdbc.update("insert into pe_change_audit_offer (reference, child_reference, change_kind, team_code, team_manager,"
        + " offered_at, audit_started, not_started_reason) values (?, ?, 'CLOSURE', 'ATN', 'pmurphy', ?, false, ?)",
        "CA-RET-" + System.nanoTime() % 100000, OLDER_CASE, java.sql.Timestamp.from(t0),
        "The family moved away; audited at transfer last month.");
    Path olderFile = file(OLDER_CASE);
    Path youngerFile = file(YOUNGER_CASE);
    Map<String, Long> before = counts();

    Instant sixYears = closedOn.plusYears(6).atStartOfDay(ZONE).toInstant().plus(Duration.ofHours(12));
    runRetentionAt(sixYears);
    assertThat(childName(OLDER_CASE)).isNotEqualTo("(removed) (removed)");
    assertThat(olderFile).exists();

    long run = runRetentionAt(sixYears.plus(Duration.ofDays(1)));
    Map<String, Long> after = counts();
    LOG.info("retention of closed cases: before {}, after {}", before, after);

    assertThat(childName(OLDER_CASE)).isEqualTo("(removed) (removed)");
    assertThat(jdbc.queryForObject("select date_of_birth from pe_child_case where child_reference = ?",
        LocalDate.class, OLDER_CASE)).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(jdbc.queryForList("select commentary from pe_evaluation_section s join pe_evaluation e on"
        + " e.id = s.evaluation_id where e.reference = ?", String.class, olderEvaluation)).containsOnlyNulls();
    assertThat(jdbc.queryForList("select description from pe_evaluation_action a join pe_evaluation e on"
        + " e.id = a.evaluation_id where e.reference = ?", String.class, olderEvaluation))
        .containsOnly(Retention.REMOVED);
    assertThat(jdbc.queryForObject("select reflective_discussion from pe_evaluation where reference = ?",
        String.class, olderEvaluation)).isNull();
    assertThat(jdbc.queryForObject("select count(*) from pe_family_feedback f join pe_evaluation e on"
        + " e.id = f.evaluation_id where e.reference = ?", Long.class, olderEvaluation)).isZero();
    // what the reports count stays: the grade, the dates, the team
    assertThat(jdbc.queryForObject("select final_grade from pe_evaluation where reference = ?", String.class,
        olderEvaluation)).isEqualTo("GOOD");
    assertThat(jdbc.queryForObject("select count(*) from pe_case_note where child_reference = ?", Long.class,
        OLDER_CASE)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from pe_document where child_reference = ?", Long.class,
        OLDER_CASE)).isZero();
    assertThat(olderFile).doesNotExist();
    assertThat(jdbc.queryForList("select not_started_reason from pe_change_audit_offer where child_reference = ?",
        String.class, OLDER_CASE)).containsOnlyNulls();

    // the case closed ten days later is whole
    assertThat(childName(YOUNGER_CASE)).isNotEqualTo("(removed) (removed)");
    assertThat(jdbc.queryForObject("select reflective_discussion from pe_evaluation where reference = ?",
        String.class, youngerEvaluation)).isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from pe_case_note where child_reference = ?", Long.class,
        YOUNGER_CASE)).isOne();
    assertThat(youngerFile).exists();

    assertThat(after.get("pe_case_note")).isEqualTo(before.get("pe_case_note") - 1);
    assertThat(after.get("pe_document")).isEqualTo(before.get("pe_document") - 1);
    assertThat(after.get("pe_family_feedback")).isEqualTo(before.get("pe_family_feedback") - 2);
    Map<String, Object> counted = countsOf(run);
    assertThat(counted).containsEntry(RetentionProcess.Vars.CASES_ANONYMISED.name(), 1)
        .containsEntry(RetentionProcess.Vars.EVALUATIONS_ANONYMISED.name(), 1)
        .containsEntry(RetentionProcess.Vars.CASE_NOTES_DELETED.name(), 1)
        .containsEntry(RetentionProcess.Vars.DOCUMENTS_DELETED.name(), 1)
        .containsEntry(RetentionProcess.Vars.FILES_DELETED.name(), 1);
    assertThat(historyHolds(run, "Chronology")).isFalse();

    // the next night finds nothing more to do for it
    long next = runRetentionAt(sixYears.plus(Duration.ofDays(2)));
    assertThat(countsOf(next)).containsEntry(RetentionProcess.Vars.CASES_ANONYMISED.name(), 0);
  }

  // --- helpers -----------------------------------------------------------------------------------------------------

  /** Moves the engine clock, fires the retention process's timer and runs its steps; returns its instance's id. */
  private long runRetentionAt(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
    Job timer = managementService.createJobQuery().timers().processDefinitionKey(RetentionProcess.KEY).singleResult();
    List<String> earlier = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(RetentionProcess.KEY).list().stream().map(h -> h.getId()).toList();
    managementService.executeJob(timer.getId());
    String instance = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(RetentionProcess.KEY)
        .list().stream().map(h -> h.getId()).filter(id -> !earlier.contains(id)).findFirst().orElseThrow();
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(instance).executable().list();
      if (jobs.isEmpty()) {
        break;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).as("run finished")
        .isZero();
    runs.put(instance, runs.size() + 1L);
    return runs.get(instance);
  }

  private final Map<String, Long> runs = new LinkedHashMap<>();

  private Map<String, Object> countsOf(long run) {
    String instance = runs.entrySet().stream().filter(e -> e.getValue() == run).findFirst().orElseThrow().getKey();
    Map<String, Object> counts = new LinkedHashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).list()
        .forEach(v -> counts.put(v.getName(), v.getValue()));
    return counts;
  }

  /** True when any variable of the run's history holds the text (it must hold counts only). */
  private boolean historyHolds(long run, String text) {
    return countsOf(run).values().stream().anyMatch(v -> String.valueOf(v).contains(text));
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("pe_outbox_message", "pe_notification", "pe_case_note", "pe_document",
        "pe_family_feedback", "pe_evaluation")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  private long mail(Instant at, String text) {
    String key = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
    jdbc.update("insert into pe_notification (idempotency_key, process_instance_id, activity_id, execution_id,"
        + " round_number, recipient, template, evaluation_reference, channel, state, attempts, created_at, updated_at,"
        + " sent_at) values (?, 'pi-retention', 'Task_Send', 'ex-1', 0, 'kmorgan', 'evaluation-overdue', null,"
        + " 'OUTBOX', 'SENT', 1, ?, ?, ?)", key, Timestamp.from(at), Timestamp.from(at), Timestamp.from(at));
    long id = jdbc.queryForObject("select id from pe_notification where idempotency_key = ?", Long.class, key);
    jdbc.update("insert into pe_outbox_message (notification_id, template, recipient, recipient_name, recipient_email,"
        + " subject, body_text, body_html, evaluation_reference, process_instance_id, created_at) values (?,"
        + " 'evaluation-overdue', 'kmorgan', 'Karen Morgan', 'karen.morgan@lowfield.example', 'PE: overdue', ?, ?,"
        + " null, 'pi-retention', ?)", id, text, "<p>" + text + "</p>", Timestamp.from(at));
    return id;
  }

  private List<Long> outboxIds() {
    return jdbc.queryForList("select notification_id from pe_outbox_message", Long.class);
  }

  private List<Long> ledgerIds() {
    return jdbc.queryForList("select id from pe_notification", Long.class);
  }

  private String evaluationWithNoteAndFile(String child) {
    String reference = fixtures.completed(child, "kmorgan", Grade.GOOD, null, null);
    jdbc.update("insert into pe_case_note (child_reference, category, note_kind, subject, body, author, author_name,"
        + " evaluation_reference, created_at, idempotency_key) values (?, 'Case audit', 'evaluation-summary',"
        + " 'Case audit', 'Chronology to be updated.', 'kmorgan', 'Karen Morgan', ?, ?, ?)", child, reference,
        Timestamp.from(t0), "retention-test-" + reference);
    DocumentStore.StoredFile stored = documentStore.save(new DocumentStore.NewDocument(child,
        DocumentStore.QUALITY_ASSURANCE_FOLDER, reference + " Practice evaluation.pdf", "application/pdf",
        ("%PDF " + reference).getBytes(StandardCharsets.UTF_8), "retention-test-file-" + reference));
    jdbc.update("insert into pe_document (evaluation_reference, child_reference, folder, file_name, content_type,"
        + " size_bytes, sha256, location, stored_at, idempotency_key) values (?, ?, ?, ?, 'application/pdf', ?, ?, ?,"
        + " ?, ?)", reference, child, DocumentStore.QUALITY_ASSURANCE_FOLDER, stored.fileName(), stored.size(),
        stored.sha256(), stored.location(), Timestamp.from(t0), "retention-test-file-" + reference);
    return reference;
  }

  private Path file(String child) throws Exception {
    String location = jdbc.queryForObject("select location from pe_document where child_reference = ?", String.class,
        child);
    Path path = ((FileSystemDocumentStore) documentStore).root().resolve(location);
    assertThat(Files.exists(path)).isTrue();
    return path;
  }

  private void close(String child, LocalDate on) {
    jdbc.update("update pe_child_case set is_open = false, closed_on = ? where child_reference = ?", on, child);
  }

  private String childName(String child) {
    return jdbc.queryForObject("select first_name || ' ' || last_name from pe_child_case where child_reference = ?",
        String.class, child);
  }
}
