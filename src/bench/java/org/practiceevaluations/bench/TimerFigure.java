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
    for (int size : new int[] {warmup, n}) {
      report.progress("figure 5, product: seeding %,d evaluations whose reminder is due now", size);
      seeder.seedOpen(size, List.of(new Seeder.Stage(READ_ALLOCATION, "ALLOCATED", 1.0, false, false)), 0, true,
          false);
      long before = sent.getAsLong();
      SqlCounter.Snapshot sql = app.sql().snapshot();
      double seconds = fire(engine.getManagementService(), app.jobExecutor(), size, () -> sent.getAsLong() - before);
      report.sqlProfile(Bench.POSTGRES, "timer-product", "A reminder timer and its mail step (product)",
          app.sql().snapshot().minus(sql), size);
      if (size == n) {
        productRates.add(n / seconds);
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
    for (int size : new int[] {warmup, n}) {
      report.progress("figure 5, bare engine: starting %,d instances whose reminder is due now", size);
      seedBare(size);
      long before = bare.notifyCalls.get();
      SqlCounter.Snapshot sql = bareSql.snapshot();
      JobExecutor bareExecutor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) bare.engine()
          .getProcessEngineConfiguration()).getJobExecutor();
      double seconds = fire(bare.engine().getManagementService(), bareExecutor, size,
          () -> bare.notifyCalls.get() - before);
      report.sqlProfile(Bench.POSTGRES, "timer-bare", "A reminder timer and its mail step (bare engine)",
          bareSql.snapshot().minus(sql), size);
      if (size == n) {
        bareRates.add(n / seconds);
        long once = bare.notified(SEND_AUDIT_REMINDER);
        long more = bare.notifiedMoreThanOnce(SEND_AUDIT_REMINDER);
        report.note(String.format(Locale.ROOT, "Figure 5 bare engine: reminders for %,d instances after %,d + %,d "
            + "timers (warm-up + run), %d more than once: %s", once, warmup, n, more,
            more == 0 && once == warmup + n ? "each fired exactly once" : "NOT each once"));
      }
    }
    Figure product = Figure.of("timers.product", "Reminder timers fired per second (product)", productRates,
        "timers/s", Bench.POSTGRES).withNote(String.format(Locale.ROOT, "%,d timers due at once, one run "
        + "after a warm-up of %,d", n, warmup));
    Figure baseline = Figure.of("timers.bare", "Reminder timers fired per second (bare engine)", bareRates,
        "timers/s", Bench.POSTGRES);
    report.row("5", String.format(Locale.ROOT, "%,d reminder timers due at once: timers/s", n), Bench.POSTGRES,
        product, baseline);
  }

  /** Starts the job executor, waits until {@code expected} reminders went and no job is left; returns seconds. */
  private double fire(ManagementService management, JobExecutor executor, int expected, LongSupplier done)
      throws InterruptedException {
    long start = System.nanoTime();
    executor.start();
    try {
      long deadline = start + Duration.ofMinutes(12).toNanos();
      int lastDecile = 0;
      while (true) {
        long count = done.getAsLong();
        if (count >= expected && management.createJobQuery().executable().count() == 0) {
          break;
        }
        int decile = (int) (count * 10 / expected);
        if (decile > lastDecile) {
          lastDecile = decile;
          report.progress("  %,d of %,d reminders (%.0f/s)", count, expected,
              count / ((System.nanoTime() - start) / 1e9));
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Timers did not all fire within 12 minutes: " + count + " of " + expected);
        }
        Thread.sleep(100);
      }
    } finally {
      executor.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long failed = management.createJobQuery().withException().count();
    report.progress("  all %,d fired in %.1f s (%.0f timers/s)%s", expected, seconds, expected / seconds,
        failed == 0 ? "" : ", " + failed + " jobs failed");
    return seconds;
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
          vars.put(EVALUATION_REFERENCE, "PE-BARE-T" + i);
          vars.put(CHILD_REFERENCE, "C104237");
          vars.put(AUDITOR, Lifecycles.AUDITORS.get(i % Lifecycles.AUDITORS.size()));
          vars.put(TEAM_MANAGER, "pmurphy");
          vars.put(AUDIT_DUE_DATE, Deadlines.toDate(due));
          vars.put(AUDIT_REMINDER_DATE, Deadlines.toDate(now.minus(Duration.ofMinutes(1))));
          vars.put(AUDIT_OVERDUE_CYCLE, "R/" + later + "/P7D");
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
