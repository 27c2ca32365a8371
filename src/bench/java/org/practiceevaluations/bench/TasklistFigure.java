package org.practiceevaluations.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.practiceevaluations.evaluation.EvaluationController;
import org.practiceevaluations.evaluation.EvaluationViews;
import org.practiceevaluations.identity.TasklistFilterSetup;

/**
 * Figure 3: with {@code bench.finished} finished and {@code bench.open} open evaluations in PostgreSQL, the p50 and
 * p95 milliseconds of the queries Tasklist makes and of the application's own. Every query runs as a person
 * authenticated on the engine (authorization checks on, as in Tasklist), and the application's answers are
 * turned into JSON as its REST API does.
 */
final class TasklistFigure {

  private static final String AUDIT_TEAM = "audit-team";

  private final BenchConfig config;
  private final Report report;
  private final BenchApplication.Running app;
  private final Seeder seeder;
  private final ObjectMapper json;

  TasklistFigure(BenchConfig config, Report report, BenchApplication.Running app, Seeder seeder) {
    this.config = config;
    this.report = report;
    this.app = app;
    this.seeder = seeder;
    this.json = app.bean(ObjectMapper.class);
  }

  void run() {
    double finishedSeconds = seeder.seedFinished(config.finished(), config.finishedInEngine());
    long t0 = System.nanoTime();
    seeder.seedOpen(config.open(), Seeder.OPEN_MIX, 0.2, false, true);
    double openSeconds = (System.nanoTime() - t0) / 1e9;
    report.note(String.format(java.util.Locale.ROOT, "Figure 3 seed: %,d finished evaluations (%s) in %.0f s, "
            + "%,d of them also finished process instances in the engine's history; %,d open ones (the engine's "
            + "own tasks, timers and form variables) in %.0f s", config.finished(),
        config.finished() < 100_000 ? "fewer than the issue's 100,000: bench.finished" : "the issue's size",
        finishedSeconds, Math.min(config.finished(), config.finishedInEngine()), config.open(), openSeconds));
    analyze();
    explain();

    ProcessEngine engine = app.bean(ProcessEngine.class);
    TaskService tasks = engine.getTaskService();
    RuntimeService runtime = engine.getRuntimeService();
    FormService forms = engine.getFormService();
    IdentityService identity = engine.getIdentityService();
    String db = Bench.POSTGRES;
    String size = String.format(java.util.Locale.ROOT, "%,d + %,d", config.finished(), config.open());

    List<Seeder.Open> open = seeder.open;
    String auditor = Lifecycles.AUDITORS.get(0);
    long assigned = open.stream().filter(o -> o.assignee().equals(auditor)).count();
    report.note(String.format(java.util.Locale.ROOT, "Figure 3 queries: the audit manager (kmorgan) lists tasks "
        + "offered to %s (%d open); %s lists the %d tasks assigned to them; pages of 50, with the three variables "
        + "on Tasklist's task cards", AUDIT_TEAM, tasks.createTaskQuery().taskCandidateGroup(AUDIT_TEAM)
        .includeAssignedTasks().count(), auditor, assigned));

    measure("3", "Tasklist: tasks offered to a group, by due date", db, "tasklist.candidate-group", i -> asVoid(identity,
        Lifecycles.AUDIT_MANAGER, () -> cards(runtime, tasks.createTaskQuery().taskCandidateGroup(AUDIT_TEAM)
            .includeAssignedTasks().orderByDueDate().asc().listPage(0, 50))));
    measure("3", "Tasklist: tasks assigned to a user, by due date", db, "tasklist.assigned", i -> asVoid(identity,
        auditor, () -> cards(runtime, tasks.createTaskQuery().taskAssignee(auditor).orderByDueDate().asc()
            .listPage(0, 50))));
    List<Seeder.Open> withForms = open.stream().toList();
    measure("3", "Tasklist: a task's form variables", db, "tasklist.form-variables", i -> {
      Seeder.Open o = withForms.get((i * 7919) % withForms.size());
      Task task = tasks.createTaskQuery().processInstanceId(o.processInstanceId()).singleResult();
      asVoid(identity, task.getAssignee(), () -> forms.getTaskFormVariables(task.getId()));
    });
    List<String> references = seeder.finishedReferences.isEmpty()
        ? open.stream().map(Seeder.Open::reference).toList() : seeder.finishedReferences;
    EvaluationViews views = app.bean(EvaluationViews.class);
    measure("3", "App: one evaluation by reference (GET /api/evaluations/{ref})", db, "app.evaluation", i -> {
      String reference = references.get((int) ((i * 104729L) % references.size()));
      asVoid(identity, Lifecycles.AUDIT_MANAGER, () -> toJson(views.view(reference)));
    });
    EvaluationController controller = app.bean(EvaluationController.class);
    measure("3", "App: the audit team's overdue list (GET /api/evaluations/overdue)", db, "app.overdue",
        i -> asVoid(identity, Lifecycles.AUDIT_MANAGER, () -> toJson(controller.overdue())));
    report.note("Figure 3 size: " + size + " evaluations (finished + open); the overdue list holds "
        + as(identity, Lifecycles.AUDIT_MANAGER, () -> controller.overdue().size()) + " evaluations");
    felt(engine, identity, runtime, open, db);
  }

  /**
   * What a person waits for (issue 18): each Tasklist filter of the README as the app creates it, for an auditor, a
   * team manager and the audit manager (audit team), against the plain "my tasks" query of the same person (pages
   * of 50 with the task cards' variables, authorization checks on); the Cockpit audit overview
   * ({@code GET /api/audit/overview}) and an evaluation's tab ({@code GET /api/audit/process-instances/{id}}), as
   * the audit manager, turned into JSON as the REST API does. The ratio row is on p95 (the target: 1.5x).
   */
  private void felt(ProcessEngine engine, IdentityService identity, RuntimeService runtime, List<Seeder.Open> open,
      String db) {
    TaskService tasks = engine.getTaskService();
    org.camunda.bpm.engine.FilterService filters = engine.getFilterService();
    String teamManager = Bench.cases(app).get(0).teamManager();
    Map<String, String> people = new LinkedHashMap<>();
    people.put(Lifecycles.AUDITORS.get(0), "an auditor");
    people.put(teamManager, "a team manager");
    people.put(Lifecycles.AUDIT_MANAGER, "the audit manager");
    List<org.camunda.bpm.engine.filter.Filter> all = filters.createTaskFilterQuery().orderByFilterId().asc().list();
    people.forEach((user, who) -> {
      Figure[] plain = figures("felt.my-tasks." + user, "plain my tasks, " + who, db, i -> asVoid(identity, user,
          () -> cards(runtime, tasks.createTaskQuery().taskAssignee(user).listPage(0, 50))));
      report.hidden(plain[0]);
      report.hidden(plain[1]);
      // the filters this person sees in Tasklist (each is shown to the groups it is for)
      List<org.camunda.bpm.engine.filter.Filter> theirs = as(identity, user,
          () -> filters.createTaskFilterQuery().orderByFilterId().asc().list());
      for (org.camunda.bpm.engine.filter.Filter filter : theirs) {
        String id = "felt.filter." + filter.getName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-")
            + "." + user;
        Figure[] f = figures(id, "filter " + filter.getName() + ", " + who, db, i -> asVoid(identity, user,
            () -> cards(runtime, filters.<Task>listPage(filter.getId(), 0, 50))));
        report.hidden(f[0]);
        report.rowAgainst("3", "Tasklist filter '" + filter.getName() + "', " + who
            + " (p95, against plain my tasks)", db, f[1], plain[1], "<= 1.5x");
      }
    });
    org.practiceevaluations.audit.AuditOverviewService overview =
        app.bean(org.practiceevaluations.audit.AuditOverviewService.class);
    org.practiceevaluations.audit.EvaluationTabService tabs =
        app.bean(org.practiceevaluations.audit.EvaluationTabService.class);
    measure("3", "Cockpit: the audit overview (GET /api/audit/overview)", db, "felt.audit-overview",
        i -> asVoid(identity, Lifecycles.AUDIT_MANAGER, () -> toJson(overview.overview())), "p95 <= 300 ms");
    measure("3", "Cockpit: an evaluation's tab (GET /api/audit/process-instances/{id})", db, "felt.evaluation-tab",
        i -> asVoid(identity, Lifecycles.AUDIT_MANAGER,
            () -> toJson(tabs.forProcessInstance(open.get((i * 7919) % open.size()).processInstanceId()))));
    report.note("Figure 3 felt: the filters " + all.stream().map(org.camunda.bpm.engine.filter.Filter::getName)
        .toList() + ", each as those of " + people.keySet() + " who see it in Tasklist; the evaluation tab of open "
        + "evaluations");
  }

  /**
   * p50 and p95 of a query: the median over the configured rounds (after the warm-up rounds) of each round's
   * percentiles over its samples. {@link #measure} reports them as a pair; other figures combine them.
   */
  private Figure[] figures(String id, String what, String db, IntConsumer query) {
    List<Double> p50 = new ArrayList<>();
    List<Double> p95 = new ArrayList<>();
    SqlCounter.Snapshot sqlBefore = app.sql().snapshot();
    int n = 0;
    for (int round = -config.warmupRounds(); round < config.rounds(); round++) {
      List<Double> ms = new ArrayList<>();
      for (int i = 0; i < config.querySamples(); i++) {
        long start = System.nanoTime();
        query.accept(n++);
        ms.add((System.nanoTime() - start) / 1e6);
      }
      if (round >= 0) {
        p50.add(Stats.percentile(ms, 50));
        p95.add(Stats.percentile(ms, 95));
      }
    }
    report.progress("%s: p50 %.1f ms, p95 %.1f ms (median of %d rounds of %d)", what, Stats.median(p50),
        Stats.median(p95), config.rounds(), config.querySamples());
    SqlCounter.Snapshot sql = app.sql().snapshot().minus(sqlBefore);
    report.progress("  its SQL per call: %.1f statements; slowest in all %s", (double) sql.total() / n,
        sql.slowest(4));
    return new Figure[] {Figure.of(id + ".p50", what + " p50", p50, "ms", db),
        Figure.of(id + ".p95", what + " p95", p95, "ms", db)};
  }

  /** Fresh planner statistics after the seed, as autovacuum would have them in a running system. */
  private void analyze() {
    app.bean(org.springframework.jdbc.core.JdbcTemplate.class).execute("analyze");
  }

  /**
   * PostgreSQL's plans for the application's queries behind the two app figures (as Hibernate issues them), so a
   * sequential scan shows up in the output.
   */
  private void explain() {
    org.springframework.jdbc.core.JdbcTemplate jdbc = app.bean(org.springframework.jdbc.core.JdbcTemplate.class);
    long id = jdbc.queryForObject("select max(id) from pe_evaluation where stage = 'COMPLETE'", Long.class);
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("evaluation by reference", "select * from pe_evaluation where reference = 'PE-2025-F00001'");
    for (String table : List.of("pe_evaluation_section", "pe_evaluation_action", "pe_family_feedback",
        "pe_safety_escalation")) {
      queries.put(table + " of an evaluation", "select * from " + table + " where evaluation_id = " + id);
    }
    queries.put("overdue list", "select * from pe_evaluation e where e.submitted_at is null and e.completed_at is "
        + "null and e.due_at < now() order by e.due_at");
    queries.forEach((what, sql) -> {
      List<String> plan = jdbc.queryForList("explain (analyze, costs off, timing off, summary on) " + sql,
          String.class);
      String scans = plan.stream().filter(l -> l.contains("Scan")).map(String::strip)
          .collect(java.util.stream.Collectors.joining("; "));
      String time = plan.stream().filter(l -> l.contains("Execution Time")).map(String::strip).findFirst()
          .orElse("");
      report.note("Plan, " + what + ": " + scans + " (" + time + ")");
    });
  }

  private Object cards(RuntimeService runtime, List<Task> page) {
    if (page.isEmpty()) {
      return page;
    }
    List<String> scopes = new ArrayList<>();
    page.forEach(t -> {
      scopes.add(t.getId());
      scopes.add(t.getExecutionId());
      scopes.add(t.getProcessInstanceId());
    });
    String[] names = TasklistFilterSetup.CARD_VARIABLES.stream().map(v -> v.get("name")).toArray(String[]::new);
    return runtime.createVariableInstanceQuery().variableNameIn(names)
        .variableScopeIdIn(scopes.toArray(String[]::new)).list();
  }

  private byte[] toJson(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private final Map<String, List<String>> groups = new LinkedHashMap<>();

  private <T> T as(IdentityService identity, String userId, java.util.function.Supplier<T> work) {
    List<String> theirGroups = groups.computeIfAbsent(userId, id -> identity.createGroupQuery().groupMember(id)
        .list().stream().map(Group::getId).toList());
    identity.setAuthentication(userId, theirGroups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void asVoid(IdentityService identity, String userId, Runnable work) {
    as(identity, userId, () -> {
      work.run();
      return null;
    });
  }

  private void measure(String number, String what, String db, String id, IntConsumer query) {
    measure(number, what, db, id, query, null);
  }

  private void measure(String number, String what, String db, String id, IntConsumer query, String target) {
    Figure[] p50AndP95 = figures(id, what, db, query);
    report.pair(number, what + " (p50 / p95)", db, p50AndP95[0], p50AndP95[1], target);
  }

}
