package org.practiceevaluations.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Figure 4: seconds to compute the quarterly report's figures, and to write its PowerPoint, over 10,000 and over
 * 100,000 finished evaluations (the seed of figure 3; the period is chosen to hold that many).
 */
final class QuarterlyReportFigure {

  /** What the benchmark needs from the quarterly report: the two steps it times. */
  interface Driver {
    /** Computes every figure of the report for evaluations finished in [from, to). */
    Object computeFigures(Instant from, Instant to);

    /** Writes the PowerPoint for figures {@link #computeFigures} returned; returns its size in bytes. */
    long writePowerPoint(Object figures);
  }

  private final BenchConfig config;
  private final Report report;
  private final BenchApplication.Running app;
  private final Seeder seeder;

  QuarterlyReportFigure(BenchConfig config, Report report, BenchApplication.Running app, Seeder seeder) {
    this.config = config;
    this.report = report;
    this.app = app;
    this.seeder = seeder;
  }

  /**
   * The quarterly report's service, wrapped for the benchmark: the figures of any period as the REST API and the
   * quarterly report compute them ({@code QuarterlyReports.onDemand}: every figure per service, area and team
   * against the period before), and the PowerPoint written from them.
   */
  static Driver driver(ApplicationContext context) {
    org.practiceevaluations.reporting.QuarterlyReports reports =
        context.getBean(org.practiceevaluations.reporting.QuarterlyReports.class);
    java.time.ZoneId zone = context.getBean(org.practiceevaluations.reporting.ReportData.class).zone();
    return new Driver() {
      @Override
      public Object computeFigures(Instant from, Instant to) {
        return reports.onDemand(org.practiceevaluations.filing.ReportPeriod.ofDays(
            from.atZone(zone).toLocalDate(), to.atZone(zone).toLocalDate()));
      }

      @Override
      public long writePowerPoint(Object figures) {
        return reports.presentation((org.practiceevaluations.reporting.QuarterlyReportContent) figures).length;
      }
    };
  }

  void run() {
    Driver driver = driver(app.context());
    // the two sizes; a smaller seed (bench.finished) is measured at its own size, and the label says so
    java.util.SortedSet<Integer> sizes = new java.util.TreeSet<>();
    for (int size : new int[] {10_000, 100_000}) {
      sizes.add(Math.min(size, config.finished()));
    }
    for (int size : sizes) {
      Instant[] period = periodHolding(size);
      long held = count(period);
      String label = String.format(java.util.Locale.ROOT, "%,d", held);
      List<Double> compute = new ArrayList<>();
      List<Double> write = new ArrayList<>();
      SqlCounter.Snapshot sqlBefore = app.sql().snapshot();
      for (int round = -config.warmupRounds(); round < Math.min(3, config.rounds()); round++) {
        long start = System.nanoTime();
        Object figures = driver.computeFigures(period[0], period[1]);
        double computed = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        driver.writePowerPoint(figures);
        double written = (System.nanoTime() - start) / 1e9;
        if (round >= 0) {
          compute.add(computed);
          write.add(written);
        }
      }
      SqlCounter.Snapshot sql = app.sql().snapshot().minus(sqlBefore);
      report.progress("figure 4 over %s: %,d statements in all, slowest %s", label, sql.total(), sql.slowest(4));
      explain(period);
      String note = String.format(java.util.Locale.ROOT, "%,d evaluations in the period", held);
      report.row("4", "Quarterly report over " + label + ": compute figures", Bench.POSTGRES,
          Figure.of("report.compute." + size, "Quarterly report figures, " + label, compute, "s", Bench.POSTGRES)
              .withNote(note), null, held >= 100_000 ? "<= 2 s" : held >= 10_000 ? "" : "<= 2 s at 100,000");
      report.row("4", "Quarterly report over " + label + ": write PowerPoint", Bench.POSTGRES,
          Figure.of("report.pptx." + size, "Quarterly report PowerPoint, " + label, write, "s", Bench.POSTGRES)
              .withNote(note), null);
    }
  }

  /** The shortest period ending after the latest finished evaluation that holds {@code size} of them. */
  private Instant[] periodHolding(int size) {
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
    List<java.sql.Timestamp> ends = jdbc.queryForList("select completed_at from pe_evaluation where completed_at "
        + "is not null order by completed_at desc offset ? rows fetch first 1 rows only", java.sql.Timestamp.class,
        Math.max(0, size - 1));
    Instant to = Instant.now().plusSeconds(1);
    Instant from = ends.isEmpty() ? Instant.EPOCH : ends.get(0).toInstant();
    return new Instant[] {from, to};
  }

  private long count(Instant[] period) {
    return app.bean(JdbcTemplate.class).queryForObject("select count(*) from pe_evaluation where completed_at >= ? "
        + "and completed_at < ?", Long.class, java.sql.Timestamp.from(period[0]), java.sql.Timestamp.from(period[1]));
  }

  /** PostgreSQL's plan for the report's largest read (the period's sections and statements met), so a slow scan shows. */
  private void explain(Instant[] period) {
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
    String from = "timestamptz '" + period[0] + "'";
    String to = "timestamptz '" + period[1] + "'";
    // ReportData.judgements: the sections of the evaluations completed in the period or the one before
    String query = "select s.evaluation_id, s.stage, s.section_key, s.judgement, m.statement_key from "
        + "pe_evaluation_section s join pe_evaluation e on e.id = s.evaluation_id left join pe_evaluation_statement m "
        + "on m.section_id = s.id where e.stage <> 'CANCELLED' and e.finalised_at >= " + from + " - (" + to + " - "
        + from + ") and e.finalised_at < " + to;
    List<String> plan = jdbc.queryForList("explain (analyze, buffers, costs off, timing off, summary on) " + query,
        String.class);
    report.progress("  plan, the period's sections and statements met: %s", plan.stream().map(String::strip)
        .filter(l -> l.contains("Scan") || l.contains("Join") || l.contains("Execution Time"))
        .collect(java.util.stream.Collectors.joining(" | ")));
  }
}
