package org.practiceevaluations.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Figure 6, the footprint: seconds from JVM start to "Started" against an existing schema, heap in use after
 * garbage collection and resident set size after running evaluations (each in a JVM of its own, {@link
 * FootprintProbe}, with {@code -Xmx1g}), against a bare Camunda Spring Boot application with the webapps and the
 * REST API started the same way ({@link BareApp}); and bytes in PostgreSQL per finished evaluation (engine and
 * application tables with their indexes and TOAST, {@code pg_total_relation_size}, grown during figure 1's
 * lifecycles) against the bare engine of figure 1.
 *
 * <p>{@code -Dbench.start-profile=true} records each product start with Java Flight Recorder
 * ({@code target/bench/start-<round>.jfr}) and prints where its main thread spent the time: the tool for finding
 * what makes the start slow.
 */
final class FootprintFigure {

  static final int EVALUATIONS_PER_PROBE = 5;

  private final BenchConfig config;
  private final Report report;
  private final PostgresServer pg;

  FootprintFigure(BenchConfig config, Report report, PostgresServer pg) {
    this.config = config;
    this.report = report;
    this.pg = pg;
  }

  record Probe(double started, double heapMiB, double rssMiB, double cpu) {}

  void run(String appUrl, String bareUrl, DatabaseSize.Sizes appGrowth, int appFinished,
      DatabaseSize.Sizes bareGrowth, int bareFinished, DatabaseSize.Sizes bareProductGrowth,
      int bareProductFinished) throws Exception {
    String db = Bench.POSTGRES;
    List<Probe> app = new ArrayList<>();
    List<Probe> bare = new ArrayList<>();
    for (int round = -1; round < config.footprintRounds(); round++) {
      // the warm-up round also creates the bare engine's schema, so every measured start finds it there
      Probe a = probe("app", appUrl);
      Probe b = bareProbe(bareUrl);
      report.progress("figure 6 round %s: product started in %.1f s (%.1f s CPU), heap %.0f MiB, RSS %.0f MiB; bare "
              + "Camunda app %.1f s (%.1f s CPU), %.0f MiB, %.0f MiB", round < 0 ? "warm-up" : round + 1, a.started(),
          a.cpu(), a.heapMiB(), a.rssMiB(), b.started(), b.cpu(), b.heapMiB(), b.rssMiB());
      if (round >= 0) {
        app.add(a);
        bare.add(b);
      }
    }
    report.row("6", "Start to \"Started\", existing schema", db,
        Figure.of("footprint.started.product", "Start to Started (product)", app.stream().map(Probe::started).toList(),
            "s", db).withNote("a JVM of its own, -Xmx1g, class path start; JVM uptime when SpringApplication.run "
            + "returned (start-up runners included)"),
        Figure.of("footprint.started.bare", "Start to Started (bare Camunda Spring Boot app)",
            bare.stream().map(Probe::started).toList(), "s", db).withNote("webapps, REST API, starter defaults, "
            + "the same model and forms deployed (unchanged: skipped); the same JVM settings and moment"), "<= 1.5x");
    String after = String.format(Locale.ROOT, "after %d evaluations", EVALUATIONS_PER_PROBE);
    report.row("6", "Heap in use after GC, " + after, db,
        Figure.of("footprint.heap.product", "Heap after GC (product)", app.stream().map(Probe::heapMiB).toList(),
            "MiB", db),
        Figure.of("footprint.heap.bare", "Heap after GC (bare Camunda app)", bare.stream().map(Probe::heapMiB)
            .toList(), "MiB", db));
    report.row("6", "Resident set size, " + after, db,
        Figure.of("footprint.rss.product", "RSS (product)", app.stream().map(Probe::rssMiB).toList(), "MiB", db),
        Figure.of("footprint.rss.bare", "RSS (bare Camunda app)", bare.stream().map(Probe::rssMiB).toList(), "MiB",
            db));
    if (appFinished > 0 && bareFinished > 0) {
      Figure product = Figure.single("footprint.bytes.product", "Bytes per finished evaluation (product)",
          (double) appGrowth.total() / appFinished, "bytes", db,
          String.format(Locale.ROOT, "engine %,d + application %,d bytes per evaluation, over %d evaluations; "
                  + "largest: %s", appGrowth.engine() / appFinished, appGrowth.application() / appFinished,
              appFinished, appGrowth.largest(appFinished, 6)));
      Figure baseline = Figure.single("footprint.bytes.bare", "Bytes per finished evaluation (bare engine)",
          (double) bareGrowth.total() / bareFinished, "bytes", db,
          String.format(Locale.ROOT, "over %d evaluations; largest: %s", bareFinished,
              bareGrowth.largest(bareFinished, 6)));
      report.row("6", "Bytes in the database per finished evaluation", db, product, baseline, "<= 2x");
    }
    if (appFinished > 0 && bareProductFinished > 0) {
      // how much of the ratio the engine's settings make (history full, ids as UUIDs, removal times on history rows)
      Figure product = Figure.single("footprint.bytes.product", "Bytes per finished evaluation (product)",
          (double) appGrowth.total() / appFinished, "bytes", db, "as above");
      Figure settings = Figure.single("footprint.bytes.bare-product-settings",
          "Bytes per finished evaluation (bare engine with the product's engine settings)",
          (double) bareProductGrowth.total() / bareProductFinished, "bytes", db,
          String.format(Locale.ROOT, "over %d evaluations; largest: %s", bareProductFinished,
              bareProductGrowth.largest(bareProductFinished, 6)));
      report.row("6", "Bytes per finished evaluation, against the bare engine with product settings", db, product,
          settings);
    }
  }

  private int starts;

  private Probe probe(String mode, String url) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Dfile.encoding=UTF-8"));
    Path recording = null;
    if (Boolean.getBoolean("bench.start-profile") && mode.equals("app")) {
      recording = Path.of("target/bench/start-" + (++starts) + ".jfr").toAbsolutePath();
      command.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
    }
    if (Boolean.getBoolean("bench.start-profile")) {
      command.add("-Dbench.start-profile=true");
    }
    if (!System.getProperty("bench.app-properties", "").isBlank()) {
      command.add("-Dbench.app-properties=" + System.getProperty("bench.app-properties"));
    }
    command.addAll(List.of("-cp", BenchClassPath.product(),
        FootprintProbe.class.getName(), mode, url, pg.user(), pg.password(),
        Integer.toString(EVALUATIONS_PER_PROBE)));
    Probe probe = run(new ProcessBuilder(command), mode);
    if (recording != null) {
      StartProfile.print(recording, report);
    }
    return probe;
  }

  private Probe bareProbe(String url) throws Exception {
    return run(new ProcessBuilder(BareApp.command("footprint", url, pg.user(), pg.password(), EVALUATIONS_PER_PROBE,
        "target/bench/bare-app-footprint.log", List.of())), "bare Camunda app");
  }

  /** A probe that has not printed its figures by then is stopped: the benchmark goes on to report why. */
  static final Duration PROBE_TIME_OUT = Duration.ofMinutes(5);

  private Probe run(ProcessBuilder builder, String mode) throws Exception {
    Process process = builder.redirectErrorStream(true).start();
    AtomicBoolean timedOut = new AtomicBoolean();
    Thread watchdog = new Thread(() -> {
      try {
        if (!process.waitFor(PROBE_TIME_OUT.toMillis(), TimeUnit.MILLISECONDS)) {
          timedOut.set(true);
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "footprint-probe-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    String result = null;
    StringBuilder tail = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("FOOTPRINT ")) {
          result = line;
        }
        if (line.startsWith("STARTUP-STEP ")) {
          report.progress("  %s", line);
        }
        tail.append(line).append('\n');
        if (tail.length() > 20_000) {
          tail.delete(0, tail.length() - 10_000);
        }
      }
    }
    int exit = process.waitFor();
    watchdog.interrupt();
    if (timedOut.get()) {
      throw new IllegalStateException("The footprint probe (" + mode + ") printed no figures within "
          + PROBE_TIME_OUT.toMinutes() + " minutes and was stopped; its last output (standard output and error):\n"
          + tail);
    }
    if (result == null || exit != 0) {
      throw new IllegalStateException("The footprint probe (" + mode + ") failed with exit code " + exit
          + "; its last output (standard output and error):\n" + tail);
    }
    double started = 0;
    double heap = 0;
    double rss = 0;
    double cpu = 0;
    for (String part : result.substring("FOOTPRINT ".length()).split(" ")) {
      String[] kv = part.split("=");
      switch (kv[0]) {
        case "started" -> started = Double.parseDouble(kv[1]);
        case "heap" -> heap = Long.parseLong(kv[1]) / 1024.0 / 1024.0;
        case "rss" -> rss = Long.parseLong(kv[1]) / 1024.0 / 1024.0;
        case "cpu" -> cpu = Double.parseDouble(kv[1]);
        default -> { }
      }
    }
    return new Probe(started, heap, rss, cpu);
  }
}
