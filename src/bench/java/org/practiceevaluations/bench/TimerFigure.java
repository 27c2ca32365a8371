package org.practiceevaluations.bench;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements.*;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Figure 5: {@code bench.timers} reminder timers ("a week before the due date") due at once, on PostgreSQL, with
 * the job executor on (the product's pool: 3 to 6 threads): timers fired per second until every one has fired
 * and its reminder has gone. Each timer makes two jobs: the timer, then the asynchronous mail step
 * ({@code asyncBefore}). Checked: each evaluation's reminder went exactly once (the outbox; the bare engine
 * counts its no-op calls). Baseline: the same model on the bare engine with a no-op mail step.
 */
final class TimerFigure {

  private final BenchConfig config;
  private final Report report;
  private final BenchApplication.Running app;
  private final BareEngine bare;
  private final SqlCounter bareSql;
  private final Seeder seeder;

  TimerFigure(BenchConfig config, Report report, BenchApplication.Running app, BareEngine bare, SqlCounter bareSql,
      Seeder seeder) {
    this.config = config;
    this.report = report;
    this.app = app;
    this.bare = bare;
    this.bareSql = bareSql;
    this.seeder = seeder;
  }

  void run() throws Exception {
    int n = config.timers();
    int warmup = Math.max(50, Math.min(500, n / 20));
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
    ProcessEngine engine = app.bean(ProcessEngine.class);
    LongSupplier sent = () -> jdbc.queryForObject(
        "select count(*) from pe_outbox_message where template = 'evaluation-reminder'", Long.class);

    List<Double> productRates = new ArrayList<>();
    double productTotal = 0;
    for (int size : new int[] {warmup, n}) {
      report.progress("figure 5, product: seeding %,d evaluations whose reminder is due now", size);
      seeder.seedOpen(size, List.of(new Seeder.Stage(READ_ALLOCATION, "ALLOCATED", 1.0, false, false)), 0, true,
          false);
      long before = sent.getAsLong();
      SqlCounter.Snapshot sql = app.sql().snapshot();
      Firing firing = fire(engine.getManagementService(), app.jobExecutor(), size, () -> sent.getAsLong() - before);
      SqlCounter.Snapshot used = app.sql().snapshot().minus(sql);
      report.sqlProfile(Bench.POSTGRES, "timer-product", "A reminder timer and its mail step (product)", used, size);
      report.progress("  the product's slowest statements in all: %s", used.slowest(5));
      if (size == n) {
        productRates.addAll(firing.steady());
        productTotal = n / firing.seconds();
        Map<String, Object> check = jdbc.queryForMap("select count(*) as mails, count(distinct process_instance_id) "
            + "as evaluations from pe_outbox_message where template = 'evaluation-reminder'");
        long mails = ((Number) check.get("mails")).longValue();
        long evaluations = ((Number) check.get("evaluations")).longValue();
        report.note(String.format(Locale.ROOT, "Figure 5 product: %,d reminders for %,d evaluations in the outbox "
                + "after %,d + %,d timers (warm-up + run): %s", mails, evaluations, warmup, n,
            mails == evaluations && evaluations == warmup + n ? "each fired exactly once" : "NOT each once"));
      }
    }

    List<Double> bareRates = new ArrayList<>();
    double bareTotal = 0;
    for (int size : new int[] {warmup, n}) {
      report.progress("figure 5, bare engine: starting %,d instances whose reminder is due now", size);
      seedBare(size);
      long before = bare.notifyCalls.get();
      SqlCounter.Snapshot sql = bareSql.snapshot();
      JobExecutor bareExecutor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) bare.engine()
          .getProcessEngineConfiguration()).getJobExecutor();
      Firing firing = fire(bare.engine().getManagementService(), bareExecutor, size,
          () -> bare.notifyCalls.get() - before);
      SqlCounter.Snapshot used = bareSql.snapshot().minus(sql);
      report.sqlProfile(Bench.POSTGRES, "timer-bare", "A reminder timer and its mail step (bare engine)", used, size);
      report.progress("  the bare engine's slowest statements in all: %s", used.slowest(5));
      if (size == n) {
        bareRates.addAll(firing.steady());
        bareTotal = n / firing.seconds();
        long once = bare.notified(SEND_AUDIT_REMINDER);
        long more = bare.notifiedMoreThanOnce(SEND_AUDIT_REMINDER);
        report.note(String.format(Locale.ROOT, "Figure 5 bare engine: reminders for %,d instances after %,d + %,d "
            + "timers (warm-up + run), %d more than once: %s", once, warmup, n, more,
            more == 0 && once == warmup + n ? "each fired exactly once" : "NOT each once"));
      }
    }
    Figure product = Figure.of("timers.product", "Reminder timers fired per second (product)", productRates,
        "timers/s", Bench.POSTGRES).withNote(String.format(Locale.ROOT, "%,d timers due at once after a warm-up "
        + "of %,d; rounds: the rate of each tenth of them, the second to the ninth; all %,d at %.0f/s", n, warmup, n,
        productTotal));
    Figure baseline = Figure.of("timers.bare", "Reminder timers fired per second (bare engine)", bareRates,
        "timers/s", Bench.POSTGRES).withNote(String.format(Locale.ROOT, "all %,d at %.0f/s", n, bareTotal));
    report.row("5", String.format(Locale.ROOT, "%,d reminder timers due at once: timers/s", n), Bench.POSTGRES,
        product, baseline, ">= 0.6x");
  }

  /** How fast the timers went: per tenth of them, and in all. */
  record Firing(double seconds, List<Double> tenths) {

    /** The rate of the middle tenths (the second to the ninth): no start-up, no tail of the job executor's waits. */
    List<Double> steady() {
      return tenths.size() < 10 ? tenths : tenths.subList(1, 9);
    }
  }

  /**
   * Starts the job executor and waits until {@code expected} reminders went and no job is left. Notes when each
   * tenth of them had gone: the rate of each tenth is a round of the figure.
   */
  private Firing fire(ManagementService management, JobExecutor executor, int expected, LongSupplier done)
      throws InterruptedException {
    long start = System.nanoTime();
    List<Long> marks = new ArrayList<>();
    marks.add(start);
    executor.start();
    try {
      long deadline = start + Duration.ofMinutes(12).toNanos();
      while (true) {
        long count = done.getAsLong();
        long now = System.nanoTime();
        while (marks.size() <= 10 && count >= (long) expected * marks.size() / 10) {
          marks.add(now);
          if (marks.size() % 2 == 1) {
            report.progress("  %,d of %,d reminders (%.0f/s)", count, expected, count / ((now - start) / 1e9));
          }
        }
        if (count >= expected && management.createJobQuery().executable().count() == 0) {
          break;
        }
        if (now > deadline) {
          throw new IllegalStateException("Timers did not all fire within 12 minutes: " + count + " of " + expected);
        }
        Thread.sleep(50);
      }
    } finally {
      executor.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Double> tenths = new ArrayList<>();
    for (int i = 1; i < marks.size(); i++) {
      double s = (marks.get(i) - marks.get(i - 1)) / 1e9;
      tenths.add(s <= 0 ? expected / 10.0 / 0.05 : expected / 10.0 / s);
    }
    long failed = management.createJobQuery().withException().count();
    report.progress("  all %,d fired in %.1f s (%.0f timers/s in all, %.0f/s in the middle tenths)%s", expected,
        seconds, expected / seconds, Stats.median(new Firing(seconds, tenths).steady()),
        failed == 0 ? "" : ", " + failed + " jobs failed");
    return new Firing(seconds, tenths);
  }

  /** The bare engine's instances: the same model, waiting at the first task with the reminder due now. */
  private void seedBare(int count) throws Exception {
    ProcessEngine engine = bare.engine();
    Instant now = Instant.now();
    Instant due = now.plus(Duration.ofDays(28));
    Instant later = now.plus(Duration.ofDays(400));
    int threads = 3;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = t * count / threads;
      int to = (t + 1) * count / threads;
      work.add(pool.submit(() -> {
        for (int i = from; i < to; i++) {
          Map<String, Object> vars = new HashMap<>();
          vars.put(EVALUATION_REFERENCE.name(), "PE-BARE-T" + i);
          vars.put(CHILD_REFERENCE.name(), "C104237");
          vars.put(AUDITOR.name(), Lifecycles.AUDITORS.get(i % Lifecycles.AUDITORS.size()));
          vars.put(TEAM_MANAGER.name(), "pmurphy");
          vars.put(AUDIT_DUE_DATE.name(), Deadlines.toDate(due));
          vars.put(AUDIT_REMINDER_DATE.name(), Deadlines.toDate(now.minus(Duration.ofMinutes(1))));
          vars.put(AUDIT_OVERDUE_CYCLE.name(), "R/" + later + "/P7D");
          engine.getRuntimeService().createProcessInstanceByKey(PracticeEvaluationProcess.KEY)
              .setVariables(vars).startBeforeActivity(READ_ALLOCATION).execute(true, false);
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
  }
}
