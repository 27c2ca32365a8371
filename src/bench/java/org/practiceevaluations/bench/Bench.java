package org.practiceevaluations.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.practiceevaluations.caseregister.ChildCaseRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark: measures the product against the bare Camunda engine, side by side, in one run, on H2 and on a
 * real PostgreSQL (embedded), and prints one table. See docs/adr/0007-benchmark.md and the README's "Performance".
 *
 * <p>Run with {@code ./mvnw -Pbench verify}. Parameters are system properties (see {@link BenchConfig}).
 */
public final class Bench {

  static final String H2 = "H2";
  static final String POSTGRES = "PostgreSQL";

  private final BenchConfig config;
  private final Report report;
  private final Machine machine;

  private Bench(BenchConfig config, Machine machine) {
    this.config = config;
    this.machine = machine;
    this.report = new Report(new java.util.LinkedHashMap<>());
  }

  public static void main(String[] args) throws Exception {
    BenchConfig config = BenchConfig.fromSystemProperties();
    Machine machine = new Machine();
    Bench bench = new Bench(config, machine);
    Report finalReport;
    try {
      finalReport = bench.run();
    } catch (Throwable t) {
      t.printStackTrace();
      System.exit(1);
      return;
    }
    finalReport.print();
    System.exit(0);
  }

  private Report run() throws Exception {
    report.progress("configuration: %s", config);
    Report done = report;
    if (config.on("h2")) {
      h2();
    }
    if (config.on("postgres")) {
      postgres();
    }
    // the machine's description is taken at the end, with the load during the whole run
    done.machine().putAll(machine.describe());
    done.write(Path.of("target/bench/results.json"));
    return done;
  }

  private void h2() {
    report.progress("H2: starting the application (in-memory H2, as the tests use it)");
    try (BenchApplication.Running app = BenchApplication.start("h2",
        "jdbc:h2:mem:bench-app;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE", "sa", "",
        Map.of("camunda.bpm.job-execution.enabled", false));
        Pooled bareDs = Pooled.of(H2, "jdbc:h2:mem:bench-bare;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        Pooled bareProductDs = Pooled.of(H2, "jdbc:h2:mem:bench-bare-product;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
            "sa", "");
        BareEngine bare = new BareEngine("bare-h2", bareDs.counted(), BareEngine.Settings.DEFAULTS);
        BareEngine bareProduct = new BareEngine("bare-h2-product", bareProductDs.counted(),
            BareEngine.Settings.PRODUCT)) {
      if (config.figure(1)) {
        lifecycles(H2, app, bare, bareDs, bareProduct, bareProductDs);
      }
      if (config.figure(2)) {
        new PdfFigure(config, report).run(app);
      }
      if (config.figure(7)) {
        forms(H2, app, bare);
      }
    }
  }

  private void postgres() throws Exception {
    report.progress("PostgreSQL: starting the embedded server");
    PostgresServer pg = PostgresServer.start();
    String appUrl = pg.createDatabase("bench_app");
    report.progress("PostgreSQL: starting the application");
    try (BenchApplication.Running app = BenchApplication.start("postgres", appUrl, pg.user(), pg.password(),
        Map.of("camunda.bpm.job-execution.enabled", true));
        Pooled bareDs = Pooled.of(POSTGRES, pg.createDatabase("bench_bare"), pg.user(), pg.password());
        Pooled bareProductDs = Pooled.of(POSTGRES, pg.createDatabase("bench_bare_product"), pg.user(),
            pg.password());
        BareEngine bare = new BareEngine("bare-pg", bareDs.counted(), BareEngine.Settings.DEFAULTS);
        BareEngine bareProduct = new BareEngine("bare-pg-product", bareProductDs.counted(),
            BareEngine.Settings.PRODUCT)) {
      // The benchmark drives jobs itself until figure 5 lets the job executor run.
      app.jobExecutor().shutdown();
      DatabaseSize sizes = new DatabaseSize(pg);
      DatabaseSize.Sizes appBefore = sizes.of("bench_app");
      DatabaseSize.Sizes bareBefore = sizes.of("bench_bare");
      DatabaseSize.Sizes bareProductBefore = sizes.of("bench_bare_product");
      int[] counts = new int[3];
      // -Dbench.start-only=true (with figure 6): the start-up, heap and RSS only, without the lifecycles that the
      // bytes per evaluation need; for profiling the start (-Dbench.start-profile=true)
      if (config.figure(1) || config.figure(6) && !Boolean.getBoolean("bench.start-only")) {
        counts = lifecycles(POSTGRES, app, bare, bareDs, bareProduct, bareProductDs);
      }
      if (config.figure(6)) {
        new FootprintFigure(config, report, pg).run(appUrl, pg.createDatabase("bench_footprint_bare"),
            sizes.of("bench_app").minus(appBefore), counts[0], sizes.of("bench_bare").minus(bareBefore), counts[1],
            sizes.of("bench_bare_product").minus(bareProductBefore), counts[2]);
      }
      Seeder seeder = new Seeder(app, pg, report);
      if (config.figure(3) || config.figure(4)) {
        if (config.figure(3)) {
          new TasklistFigure(config, report, app, seeder).run();
        } else {
          // figure 4 alone: the same finished evaluations in the application's tables (what the report reads)
          seeder.seedFinished(config.finished(), 0);
          // planner statistics as autovacuum would have them (figure 3 does the same after its seed)
          app.bean(org.springframework.jdbc.core.JdbcTemplate.class).execute("analyze");
        }
        if (config.figure(4)) {
          new QuarterlyReportFigure(config, report, app, seeder).run();
        }
      }
      if (config.figure(7)) {
        // after the seed of figures 3 and 4 when they ran: the forms among 100,000 finished evaluations
        forms(POSTGRES, app, bare);
      }
      if (config.figure(5)) {
        new TimerFigure(config, report, app, bare, bareDs.sql(), seeder).run();
      }
    } finally {
      pg.close();
    }
  }

  /**
   * Figure 1 on one database; returns how many evaluations the product, the bare engine and the bare engine with the
   * product's settings finished.
   */
  private int[] lifecycles(String database, BenchApplication.Running app, BareEngine bare, Pooled bareDs,
      BareEngine bareProduct, Pooled bareProductDs) {
    ProcessEngine engine = app.bean(ProcessEngine.class);
    List<Lifecycles.Case> cases = cases(app);
    Lifecycles product = Lifecycles.product(engine, cases);
    Lifecycles bareRun = Lifecycles.bare(bare.engine());
    Lifecycles bareProductRun = Lifecycles.bare(bareProduct.engine());
    int[] finished = new int[3];
    List<LifecycleFigures.Contestant> contestants = new ArrayList<>();
    contestants.add(new LifecycleFigures.Contestant("product-pdf-on", "Product, PDF rendering on",
        n -> { finished[0]++; return product.run(n); }, app.sql(), () -> app.pdf().renderPdfs(true),
        config.productPerRound()));
    contestants.add(new LifecycleFigures.Contestant("product-pdf-off", "Product, PDF rendering off",
        n -> { finished[0]++; return product.run(n); }, app.sql(), () -> app.pdf().renderPdfs(false),
        config.productPerRound()));
    contestants.add(new LifecycleFigures.Contestant("bare", "Bare engine (Camunda defaults)",
        n -> { finished[1]++; return bareRun.run(n); }, bareDs.sql(), () -> { }, config.barePerRound()));
    contestants.add(new LifecycleFigures.Contestant("bare-product-settings",
        "Bare engine with the product's engine settings", n -> { finished[2]++; return bareProductRun.run(n); },
        bareProductDs.sql(), () -> { },
        config.barePerRound()));
    report.progress("%s: figure 1, lifecycles (%d warm-up + %d rounds)", database, config.warmupRounds(),
        config.rounds());
    Map<String, Figure> f = new LifecycleFigures(config, report).run(database, contestants);
    app.pdf().renderPdfs(true);
    report.row("1", "Evaluations/s, PDF on", database, f.get("product-pdf-on"), f.get("bare"));
    report.rowAgainst("1", "Evaluations/s, PDF off", database, f.get("product-pdf-off"), f.get("bare"), ">= 0.6x");
    report.row("1", "SQL statements per evaluation, PDF off", database, f.get("product-pdf-off.statements"),
        f.get("bare.statements"), "<= 2x");
    report.row("1", "Commits per evaluation, PDF off", database, f.get("product-pdf-off.commits"),
        f.get("bare.commits"), "<= 2x");
    report.row("1", "Commits that wrote, per evaluation, PDF off", database,
        f.get("product-pdf-off.writing-commits"), f.get("bare.writing-commits"));
    report.rowAgainst("1", "Bare engine with product settings", database, f.get("bare-product-settings"),
        f.get("bare"));
    return finished;
  }

  /** Figure 7 on one database: submitting and opening the evaluation form, against the bare engine. */
  private void forms(String database, BenchApplication.Running app, BareEngine bare) {
    report.progress("%s: figure 7, the evaluation form submitted and opened (%d warm-up + %d rounds of %d)",
        database, config.warmupRounds(), config.rounds(), config.formSamples());
    app.pdf().renderPdfs(false);
    SqlCounter.Snapshot sqlBefore = app.sql().snapshot();
    new FormFigure(config, report).run(database, Lifecycles.product(app.bean(ProcessEngine.class), cases(app)),
        Lifecycles.bare(bare.engine()), 700_000);
    report.progress("  the product's slowest statements in all (evaluations brought to the form included): %s",
        app.sql().snapshot().minus(sqlBefore).slowest(6));
    app.pdf().renderPdfs(true);
  }

  static List<Lifecycles.Case> cases(BenchApplication.Running app) {
    TransactionTemplate tx = app.bean(TransactionTemplate.class);
    return tx.execute(status -> app.bean(ChildCaseRepository.class).findAll().stream()
        .filter(c -> c.isOpen())
        .map(c -> new Lifecycles.Case(c.getChildReference(), c.getAllocatedWorker(), c.getTeam().getTeamManager()))
        .toList());
  }

  /** A connection pool like the application's (HikariCP, 20 connections), with a statement counter. */
  record Pooled(HikariDataSource pool, SqlCounter sql, DataSource counted) implements AutoCloseable {

    static Pooled of(String database, String url, String user, String password) {
      HikariConfig c = new HikariConfig();
      c.setJdbcUrl(url);
      c.setUsername(user);
      c.setPassword(password);
      c.setMaximumPoolSize(20);
      c.setPoolName("bare-" + database);
      HikariDataSource pool = new HikariDataSource(c);
      SqlCounter sql = new SqlCounter("bare " + database);
      return new Pooled(pool, sql, sql.wrap(pool));
    }

    @Override
    public void close() {
      pool.close();
    }
  }
}
