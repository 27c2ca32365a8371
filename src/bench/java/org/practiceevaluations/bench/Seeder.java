package org.practiceevaluations.bench;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements.*;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the PostgreSQL database of the application with many evaluations, quickly, without hand-written SQL into
 * the engine's tables:
 *
 * <ul>
 *   <li><b>The application's rows</b> are copies of the rows of one real evaluation (a full lifecycle the
 *       benchmark ran through the product: its evaluation, 14 sections, actions, family feedback, notification
 *       ledger, case notes, documents), written with JDBC batches, with a new reference, child, team, people
 *       and dates. The outbox (mail bodies) is not copied: with a mail server configured, as in production, it
 *       stays empty.</li>
 *   <li><b>The engine's part</b> goes through the engine's API: a finished evaluation is a process instance
 *       started at its end event with the variables the real one ended with (so it is in the history, with its
 *       business key and variables, and nothing is left running); an open one is a process instance started
 *       before one of its user tasks (process instance modification), with the variables a real one has at that
 *       point, so the task, its assignee or candidate group, due date, timers, identity links, authorizations and
 *       the form's task variables ({@code prepareForm} runs) are the engine's own.</li>
 * </ul>
 * Many per transaction (the application's transaction manager, which the engine joins).
 */
final class Seeder {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final int BATCH = 250;
  /** Tables copied from the template evaluation, with the column that links them to it. */
  private static final Map<String, String> CHILD_TABLES = new LinkedHashMap<>();

  static {
    CHILD_TABLES.put("pe_evaluation_section", "evaluation_id");
    CHILD_TABLES.put("pe_evaluation_action", "evaluation_id");
    CHILD_TABLES.put("pe_family_feedback", "evaluation_id");
    CHILD_TABLES.put("pe_notification", "evaluation_reference");
    CHILD_TABLES.put("pe_case_note", "evaluation_reference");
    CHILD_TABLES.put("pe_document", "evaluation_reference");
  }

  /** Where an open evaluation waits, and what share of the open ones wait there. */
  record Stage(String taskId, String appStage, double share, boolean submitted, boolean shared) {}

  static final List<Stage> OPEN_MIX = List.of(
      new Stage(READ_ALLOCATION, "ALLOCATED", 0.20, false, false),
      new Stage(CONTACT_SOCIAL_WORKER, "IN_PROGRESS", 0.15, false, false),
      new Stage(GATHER_FEEDBACK, "IN_PROGRESS", 0.10, false, false),
      new Stage(COMPLETE_EVALUATION, "IN_PROGRESS", 0.20, false, false),
      new Stage(REFLECTIVE_DISCUSSION, "IN_PROGRESS", 0.05, false, false),
      new Stage(DECIDE_GRADE, "GRADE_DISPUTED", 0.05, true, false),
      new Stage(SUPERVISION_DISCUSSION, "SHARED", 0.10, true, true),
      new Stage(WRITE_CASE_NOTE, "SHARED", 0.05, true, true),
      new Stage(UPDATE_ACTIONS, "ACTIONS_OPEN", 0.10, true, true));

  /** A synthetic child case and its people. */
  record ChildRow(long id, String reference, long teamId, String teamCode, String teamName, String worker,
      String teamManager, String practiceManager, String headOfService) {}

  /** An open evaluation the seeder made. */
  record Open(String reference, String processInstanceId, String taskId, String assignee, Instant due) {}

  private final BenchApplication.Running app;
  private final Report report;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final ProcessEngine engine;
  private Template template;
  private final List<ChildRow> children = new ArrayList<>();
  private final BulkRows bulk;
  private long engineNanos;
  private long appNanos;
  private long nextEvaluationId;
  private long nextNotificationId;
  private long nextSectionId;
  private int serial;
  final List<String> finishedReferences = new ArrayList<>();
  final List<Open> open = new ArrayList<>();

  Seeder(BenchApplication.Running app, PostgresServer pg, Report report) {
    this.app = app;
    this.report = report;
    this.jdbc = app.bean(JdbcTemplate.class);
    this.tx = app.bean(TransactionTemplate.class);
    this.engine = app.bean(ProcessEngine.class);
    this.bulk = new BulkRows(app.jdbcUrl(), pg.user(), pg.password());
  }

  /** The real evaluation copied: its rows and its process instance's final variables. */
  private record Template(long evaluationId, String reference, Map<String, Object> evaluation,
      Map<String, List<Map<String, Object>>> children, Map<String, Object> variables,
      Map<Long, List<String>> statementsMet) {}

  /** Picks the latest evaluation that a real lifecycle finished (runs one if there is none). */
  private Template template() {
    if (template != null) {
      return template;
    }
    List<Map<String, Object>> done = jdbc.queryForList(
        "select * from pe_evaluation where stage = 'COMPLETE' order by id desc fetch first 1 rows only");
    if (done.isEmpty()) {
      Lifecycles.product(engine, Bench.cases(app)).run(0);
      done = jdbc.queryForList(
          "select * from pe_evaluation where stage = 'COMPLETE' order by id desc fetch first 1 rows only");
    }
    Map<String, Object> evaluation = done.get(0);
    long id = ((Number) evaluation.get("id")).longValue();
    String reference = (String) evaluation.get("reference");
    Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    CHILD_TABLES.forEach((table, link) -> rows.put(table, jdbc.queryForList(
        "select * from " + table + " where " + link + " = ? order by id", link.equals("evaluation_id") ? id : reference)));
    // each section's statements met (pe_evaluation_statement, linked to the section, not the evaluation)
    Map<Long, List<String>> statementsMet = new LinkedHashMap<>();
    jdbc.query("select m.section_id, m.statement_key from pe_evaluation_statement m join pe_evaluation_section s "
        + "on s.id = m.section_id where s.evaluation_id = ? order by m.section_id, m.statement_key",
        (java.sql.ResultSet rs) -> {
          statementsMet.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }, id);
    HistoryService history = engine.getHistoryService();
    String pi = (String) evaluation.get("process_instance_id");
    Map<String, Object> variables = new LinkedHashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(pi).list()) {
      if (v.getTaskId() == null && pi.equals(v.getExecutionId()) && !"DELETED".equals(v.getState())) {
        // object values (the deadlines decision's map) go back in as JSON, as the product stores them
        variables.put(v.getName(), v.getTypedValue() instanceof org.camunda.bpm.engine.variable.value.ObjectValue o
            ? Variables.objectValue(o.getValue()).serializationDataFormat("application/json").create()
            : v.getTypedValue());
      }
    }
    template = new Template(id, reference, evaluation, rows, variables, statementsMet);
    report.progress("seed template: %s, %d process variables, app rows %s, pe_evaluation_statement=%d", reference,
        variables.size(), rows.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).toList(),
        statementsMet.values().stream().mapToInt(List::size).sum());
    return template;
  }

  private void prepareIds() {
    nextEvaluationId = Math.max(nextEvaluationId,
        jdbc.queryForObject("select coalesce(max(id), 0) + 1 from pe_evaluation", Long.class));
    nextNotificationId = Math.max(nextNotificationId,
        jdbc.queryForObject("select coalesce(max(id), 0) + 1 from pe_notification", Long.class));
    nextSectionId = Math.max(nextSectionId,
        jdbc.queryForObject("select coalesce(max(id), 0) + 1 from pe_evaluation_section", Long.class));
  }

  private void resetSequences() {
    for (String table : List.of("pe_evaluation", "pe_notification", "pe_child_case", "pe_evaluation_section")) {
      jdbc.queryForObject("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
          + table + "))", Long.class);
    }
  }

  /** Synthetic children's cases in the register, spread over the demo teams (their workers and managers). */
  void ensureChildren(int count) {
    if (children.size() >= count) {
      return;
    }
    List<Map<String, Object>> teams = jdbc.queryForList("select t.id, t.code, t.name, t.team_manager, "
        + "t.practice_manager, a.head_of_service from pe_team t join pe_service_area a on a.id = t.service_area_id "
        + "order by t.id");
    Map<Long, List<String>> workers = new HashMap<>();
    jdbc.query("select distinct team_id, allocated_worker from pe_child_case order by 1, 2", rs -> {
      workers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
    });
    long nextId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from pe_child_case", Long.class);
    List<Object[]> batch = new ArrayList<>();
    for (int i = children.size(); i < count; i++) {
      Map<String, Object> team = teams.get(i % teams.size());
      long teamId = ((Number) team.get("id")).longValue();
      List<String> teamWorkers = workers.getOrDefault(teamId, List.of((String) team.get("team_manager")));
      String worker = teamWorkers.get((i / teams.size()) % teamWorkers.size());
      ChildRow child = new ChildRow(nextId++, String.format("S%07d", i + 1), teamId, (String) team.get("code"),
          (String) team.get("name"), worker, (String) team.get("team_manager"), (String) team.get("practice_manager"),
          (String) team.get("head_of_service"));
      children.add(child);
      batch.add(new Object[] {child.id(), child.reference(), "Child" + (i % 97), "Seeded" + (i % 89),
          java.sql.Date.valueOf(LocalDate.of(2008 + i % 17, 1 + i % 12, 1 + i % 28)), teamId, worker,
          i % 3 == 0 ? "child-protection" : "child-in-need", true});
    }
    tx.executeWithoutResult(s -> jdbc.batchUpdate("insert into pe_child_case (id, child_reference, first_name, "
        + "last_name, date_of_birth, team_id, allocated_worker, legal_status, is_open) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        batch));
    resetSequences();
  }

  /**
   * {@code count} finished evaluations, the first {@code inEngine} of them also as finished process instances in
   * the engine's history; returns seconds taken.
   */
  double seedFinished(int count, int inEngine) {
    Template t = template();
    ensureChildren(Math.max(1000, count / 4 + open.size()));
    prepareIds();
    long start = System.nanoTime();
    int done = 0;
    while (done < count) {
      int n = Math.min(BATCH * 4, count - done);
      int from = done;
      List<Map<String, Object>> evaluations = new ArrayList<>();
      Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
      List<Map<String, Object>> engineVars = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = from + i;
        ChildRow child = children.get(k % children.size());
        int year = 2025 - (k / 6000) % 25;
        String reference = String.format("PE-%d-F%05d", year, k % 100000);
        Instant allocated = LocalDate.of(year, 1 + k % 12, 1 + k % 27).atTime(9, 0).atZone(LONDON).toInstant();
        evaluations.add(evaluation(t, nextEvaluationId, reference, null, child, allocated, "COMPLETE", true, true));
        copyChildren(t, rows, nextEvaluationId, reference, "seeded", child, allocated, true);
        if (k < inEngine) {
          engineVars.add(finishedVariables(t, reference, child));
        }
        finishedReferences.add(reference);
        nextEvaluationId++;
      }
      long t0 = System.nanoTime();
      bulk.write(evaluations, rows);
      long t1 = System.nanoTime();
      List<Object[]> links = inParallel(engineVars, vars -> new Object[] {
          engine.getRuntimeService().createProcessInstanceByKey(PracticeEvaluationProcess.KEY)
              .businessKey((String) vars.get(EVALUATION_REFERENCE.name())).setVariables(vars)
              .startBeforeActivity(END_COMPLETE).execute(true, true).getId(), vars.get(EVALUATION_ID.name())});
      bulk.link(links);
      appNanos += t1 - t0;
      engineNanos += System.nanoTime() - t1;
      done += n;
      if (done % 20_000 < BATCH * 4 || done == count) {
        double seconds = (System.nanoTime() - start) / 1e9;
        report.progress("seeded %,d of %,d finished evaluations (%.0f/s; application rows %.1f s, engine %.1f s)",
            done, count, done / seconds, appNanos / 1e9, engineNanos / 1e9);
      }
    }
    resetSequences();
    return (System.nanoTime() - start) / 1e9;
  }

  /** What a finished evaluation's process instance is found by: its business key and a few variables. */
  private Map<String, Object> finishedVariables(Template t, String reference, ChildRow child) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put(EVALUATION_REFERENCE.name(), reference);
    vars.put(EVALUATION_ID.name(), nextEvaluationId);
    vars.put(CHILD_REFERENCE.name(), child.reference());
    vars.put(TEAM_NAME.name(), child.teamName());
    vars.put(TEAM_CODE.name(), child.teamCode());
    vars.put(EVALUATION_TYPE.name(), t.variables().get(EVALUATION_TYPE.name()));
    vars.put(AUDITOR.name(), Lifecycles.AUDITORS.get((int) (nextEvaluationId % Lifecycles.AUDITORS.size())));
    vars.put(FINAL_GRADE.name(), t.variables().get(FINAL_GRADE.name()));
    return vars;
  }

  /**
   * Runs the engine calls on two threads (two cores: one feeds PostgreSQL while the other builds the next), in
   * transactions of {@link #BATCH}, in the order given.
   */
  private <T> List<T> inParallel(List<Map<String, Object>> items, Function<Map<String, Object>, T> call) {
    if (items.isEmpty()) {
      return List.of();
    }
    int threads = 2;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<List<T>>> parts = new ArrayList<>();
      for (int from = 0; from < items.size(); from += BATCH) {
        List<Map<String, Object>> part = items.subList(from, Math.min(items.size(), from + BATCH));
        parts.add(pool.submit(() -> tx.execute(status -> part.stream().map(call).toList())));
      }
      List<T> results = new ArrayList<>();
      for (java.util.concurrent.Future<List<T>> part : parts) {
        results.addAll(part.get());
      }
      return results;
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("Seeding failed", e.getCause() == null ? e : e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** Open evaluations: {@code count} in the {@link #OPEN_MIX} (or all at one stage); the share overdue is due. */
  List<Open> seedOpen(int count, List<Stage> mix, double overdueShare, boolean reminderDueNow,
      boolean runFormListeners) {
    Template t = template();
    ensureChildren(Math.max(1000, count + finishedReferences.size() / 4));
    prepareIds();
    List<Open> made = new ArrayList<>();
    long start = System.nanoTime();
    int done = 0;
    while (done < count) {
      int n = Math.min(BATCH * 4, count - done);
      made.addAll(openBatch(t, done, n, mix, overdueShare, reminderDueNow, runFormListeners));
      done += n;
      if (done % 2_000 < BATCH * 4 || done == count) {
        report.progress("seeded %,d of %,d open evaluations (%.0f/s)", done, count,
            done / ((System.nanoTime() - start) / 1e9));
      }
    }
    resetSequences();
    open.addAll(made);
    return made;
  }

  private List<Open> openBatch(Template t, int from, int n, List<Stage> mix, double overdueShare,
      boolean reminderDueNow, boolean runFormListeners) {
    Instant now = Instant.now();
    Instant later = now.plus(Duration.ofDays(400));
    List<Map<String, Object>> evaluations = new ArrayList<>();
    Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    List<Map<String, Object>> variables = new ArrayList<>();
    Map<String, Open> made = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      int k = from + i;
      serial++;
      Stage stage = stageOf(k, mix);
      ChildRow child = children.get((finishedReferences.size() / 4 + serial) % children.size());
      String reference = String.format("PE-2026-S%05d", serial);
      boolean overdue = (stage.appStage().equals("ALLOCATED") || stage.appStage().equals("IN_PROGRESS"))
          && (k * 7919L) % 100 < overdueShare * 100;
      // due dates spread over the next six weeks, or up to three weeks past
      Instant due = overdue ? now.minus(Duration.ofHours(1 + (k * 37L) % (21 * 24)))
          : now.plus(Duration.ofHours(2 + (k * 53L) % (42 * 24)));
      Map<String, Object> vars = variables(t, reference, nextEvaluationId, child);
      vars.put(AUDIT_DUE_DATE.name(), Date(due));
      // Only the timers figure's seed has timers due now. An overdue evaluation's weekly notice has already fired
      // in real life and is next due later; a reminder is due a week before the due date, after the seed's run.
      vars.put(AUDIT_REMINDER_DATE.name(), Date(reminderDueNow ? now.minus(Duration.ofMinutes(1)) : later));
      vars.put(AUDIT_OVERDUE_CYCLE.name(), "R/" + later + "/P7D");
      vars.put(DISPUTE_DUE_DATE.name(), Date(due.plus(Duration.ofDays(14))));
      vars.put(CASE_NOTE_DUE_DATE.name(), Date(stage.shared() ? due : later));
      vars.put(CASE_NOTE_REMINDER_DATE.name(), Date(later));
      vars.put(NEXT_ACTION_DUE_DATE.name(), Date(due));
      vars.put(ACTIONS_REMINDER_CYCLE.name(), "R/" + later + "/P1M");
      vars.put(OPEN_ACTION_COUNT.name(), stage.shared() ? 2 : 0);
      if (!stage.submitted()) {
        for (String notYet : List.of(FIRST_GRADE.name(), FINAL_GRADE.name(), GRADE_DISPUTED.name(), "evaluationPdfDocumentId",
            "caseAuditNoteId", "teamCaseNote")) {
          vars.remove(notYet);
        }
      }
      if (stage.taskId().equals(DECIDE_GRADE)) {
        vars.put(GRADE_DISPUTED.name(), true);
      }
      Instant allocated = due.minus(Duration.ofDays(28));
      Map<String, Object> e = evaluation(t, nextEvaluationId, reference, null, child, allocated, stage.appStage(),
          stage.submitted(), stage.shared());
      e.put("due_at", Timestamp.from(due));
      evaluations.add(e);
      if (stage.submitted()) {
        copyChildren(t, rows, nextEvaluationId, reference, null, child, allocated, false);
      }
      vars.put("benchStage", stage.taskId());
      variables.add(vars);
      String assignee = stage.taskId().equals(DECIDE_GRADE) ? Lifecycles.AUDIT_MANAGER
          : stage.shared() ? child.teamManager() : (String) vars.get(AUDITOR.name());
      made.put(reference, new Open(reference, null, stage.taskId(), assignee, due));
      nextEvaluationId++;
    }
    // The application's rows first, committed: the form listeners that run when a task is created read them.
    bulk.write(evaluations, rows);
    List<Object[]> links = inParallel(variables, vars -> {
      Map<String, Object> v = new LinkedHashMap<>(vars);
      String task = (String) v.remove("benchStage");
      String pi = engine.getRuntimeService().createProcessInstanceByKey(PracticeEvaluationProcess.KEY)
          .businessKey((String) v.get(EVALUATION_REFERENCE.name())).setVariables(v).startBeforeActivity(task)
          .execute(!runFormListeners, false).getId();
      return new Object[] {pi, v.get(EVALUATION_ID.name()), v.get(EVALUATION_REFERENCE.name())};
    });
    bulk.link(links);
    List<Open> result = new ArrayList<>();
    for (Object[] link : links) {
      Open o = made.get((String) link[2]);
      result.add(new Open(o.reference(), (String) link[0], o.taskId(), o.assignee(), o.due()));
    }
    return result;
  }

  private static java.util.Date Date(Instant instant) {
    return Deadlines.toDate(instant);
  }

  private static Stage stageOf(int k, List<Stage> mix) {
    double position = ((k * 7919L) % 100) / 100.0;
    double sum = 0;
    for (Stage s : mix) {
      sum += s.share();
      if (position < sum) {
        return s;
      }
    }
    return mix.get(mix.size() - 1);
  }

  /** The template's final process variables, for another evaluation. */
  private Map<String, Object> variables(Template t, String reference, long evaluationId, ChildRow child) {
    VariableMap vars = Variables.createVariables();
    t.variables().forEach(vars::put);
    vars.put(EVALUATION_REFERENCE.name(), reference);
    vars.put(EVALUATION_ID.name(), evaluationId);
    vars.put(CHILD_REFERENCE.name(), child.reference());
    vars.put(TEAM_NAME.name(), child.teamName());
    vars.put(TEAM_CODE.name(), child.teamCode());
    vars.put(SOCIAL_WORKER.name(), child.worker());
    vars.put(TEAM_MANAGER.name(), child.teamManager());
    vars.put(PRACTICE_MANAGER.name(), child.practiceManager());
    vars.put(HEAD_OF_SERVICE.name(), child.headOfService());
    String auditor = Lifecycles.AUDITORS.get((int) (evaluationId % Lifecycles.AUDITORS.size()));
    vars.put(AUDITOR.name(), auditor);
    vars.put(GRADE_HOLDER.name(), auditor);
    return vars;
  }

  private Map<String, Object> evaluation(Template t, long id, String reference, String pi, ChildRow child,
      Instant allocated, String stage, boolean submitted, boolean shared) {
    Map<String, Object> e = new LinkedHashMap<>(t.evaluation());
    e.put("id", id);
    e.put("reference", reference);
    e.put("process_instance_id", pi);
    e.put("child_case_id", child.id());
    e.put("child_reference", child.reference());
    e.put("team_id", child.teamId());
    e.put("auditor", Lifecycles.AUDITORS.get((int) (id % Lifecycles.AUDITORS.size())));
    e.put("completed_by", e.get("auditor"));
    e.put("social_worker", child.worker());
    e.put("team_manager", child.teamManager());
    e.put("practice_manager", child.practiceManager());
    e.put("head_of_service", child.headOfService());
    e.put("stage", stage);
    e.put("version", 0);
    shift(e, t.evaluation(), allocated);
    if (!submitted) {
      for (String column : List.of("submitted_at", "finalised_at", "shared_at", "case_note_due_at",
          "case_note_added_at", "completed_at", "first_grade", "final_grade", "final_grade_source",
          "reflective_discussion_on", "reflective_discussion", "reflective_discussion_attendees",
          "team_agrees_with_grade", "supervision_on", "supervision_notes")) {
        e.put(column, null);
      }
    } else if (!shared) {
      for (String column : List.of("shared_at", "case_note_due_at", "case_note_added_at", "completed_at",
          "supervision_on", "supervision_notes")) {
        e.put(column, null);
      }
    } else if (!"COMPLETE".equals(stage)) {
      e.put("completed_at", null);
      e.put("case_note_added_at", null);
    }
    return e;
  }

  /** Moves every timestamp of the row by the same amount, so the evaluation was allocated at {@code allocated}. */
  private static void shift(Map<String, Object> row, Map<String, Object> original, Instant allocated) {
    Object from = original.get("allocated_at");
    if (!(from instanceof Timestamp base)) {
      return;
    }
    Duration by = Duration.between(base.toInstant(), allocated);
    row.replaceAll((column, value) -> {
      if (value instanceof Timestamp ts) {
        return Timestamp.from(ts.toInstant().plus(by));
      }
      if (value instanceof java.sql.Date d) {
        return java.sql.Date.valueOf(d.toLocalDate().plusDays(by.toDays()));
      }
      return value;
    });
  }

  private void copyChildren(Template t, Map<String, List<Map<String, Object>>> into, long evaluationId,
      String reference, String pi, ChildRow child, Instant allocated, boolean finished) {
    t.children().forEach((table, rows) -> {
      for (Map<String, Object> original : rows) {
        Map<String, Object> row = new LinkedHashMap<>(original);
        if (!finished && !CHILD_TABLES.get(table).equals("evaluation_id")) {
          continue;
        }
        if (table.equals("pe_evaluation_section")) {
          // its own id, so that its statements met (written after the sections) can name it
          into.computeIfAbsent(table, k -> new ArrayList<>());
          long sectionId = nextSectionId++;
          List<String> met = t.statementsMet().getOrDefault(((Number) original.get("id")).longValue(), List.of());
          for (String statement : met) {
            into.computeIfAbsent("pe_evaluation_statement", k -> new ArrayList<>())
                .add(new LinkedHashMap<>(Map.of("section_id", sectionId, "statement_key", statement)));
          }
          row.put("id", sectionId);
        } else if (!table.equals("pe_notification")) {
          row.remove("id");
        } else {
          row.put("id", nextNotificationId++);
          row.put("process_instance_id", pi);
          row.put("execution_id", pi);
        }
        if (table.equals("pe_evaluation_action") && !finished) {
          row.put("status", "OPEN");
          row.put("completed_on", null);
        }
        row.computeIfPresent("evaluation_id", (k, v) -> evaluationId);
        row.computeIfPresent("evaluation_reference", (k, v) -> reference);
        row.computeIfPresent("child_reference", (k, v) -> child.reference());
        row.computeIfPresent("idempotency_key", (k, v) -> reference + "/" + v.hashCode() + "/" + row.hashCode()
            + "/" + System.nanoTime());
        shift(row, t.evaluation(), allocated);
        into.computeIfAbsent(table, k -> new ArrayList<>()).add(row);
      }
    });
  }


}
