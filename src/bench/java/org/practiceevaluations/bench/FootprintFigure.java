package org.practiceevaluations.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figure 6, the footprint: seconds from JVM start to "Started" against an existing schema, heap in use after
 * garbage collection and resident set size after running evaluations (each in a JVM of its own, {@link
 * FootprintProbe}, with {@code -Xmx1g}), and bytes in PostgreSQL per finished evaluation (engine and application
 * tables with their indexes and TOAST, {@code pg_total_relation_size}, grown during figure 1's lifecycles).
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

  record Probe(double started, double heapMiB, double rssMiB) {}

  void run(String appUrl, String bareUrl, DatabaseSize.Sizes appGrowth, int appFinished,
      DatabaseSize.Sizes bareGrowth, int bareFinished) throws Exception {
    String db = Bench.POSTGRES;
    List<Probe> app = new ArrayList<>();
    List<Probe> bare = new ArrayList<>();
    for (int round = -1; round < config.footprintRounds(); round++) {
      // the warm-up round also creates the bare engine's schema, so every measured start finds it there
      Probe a = probe("app", appUrl);
      Probe b = probe("bare", bareUrl);
      report.progress("figure 6 round %s: product started in %.1f s, heap %.0f MiB, RSS %.0f MiB; bare engine "
              + "%.1f s, %.0f MiB, %.0f MiB", round < 0 ? "warm-up" : round + 1, a.started(), a.heapMiB(), a.rssMiB(),
          b.started(), b.heapMiB(), b.rssMiB());
      if (round >= 0) {
        app.add(a);
        bare.add(b);
      }
    }
    report.row("6", "Start to \"Started\", existing schema", db,
        Figure.of("footprint.started.product", "Start to Started (product)", app.stream().map(Probe::started).toList(),
            "s", db).withNote("a JVM of its own, -Xmx1g, class path start"),
        Figure.of("footprint.started.bare", "Start to engine built (bare engine)",
            bare.stream().map(Probe::started).toList(), "s", db));
    String after = String.format(Locale.ROOT, "after %d evaluations", EVALUATIONS_PER_PROBE);
    report.row("6", "Heap in use after GC, " + after, db,
        Figure.of("footprint.heap.product", "Heap after GC (product)", app.stream().map(Probe::heapMiB).toList(),
            "MiB", db),
        Figure.of("footprint.heap.bare", "Heap after GC (bare engine)", bare.stream().map(Probe::heapMiB).toList(),
            "MiB", db));
    report.row("6", "Resident set size, " + after, db,
        Figure.of("footprint.rss.product", "RSS (product)", app.stream().map(Probe::rssMiB).toList(), "MiB", db),
        Figure.of("footprint.rss.bare", "RSS (bare engine)", bare.stream().map(Probe::rssMiB).toList(), "MiB", db));
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
      report.row("6", "Bytes in the database per finished evaluation", db, product, baseline);
    }
  }

  private Probe probe(String mode, String url) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = List.of(java, "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp",
        ManagementFactory.getRuntimeMXBean().getClassPath(), FootprintProbe.class.getName(), mode, url, pg.user(),
        pg.password(), Integer.toString(EVALUATIONS_PER_PROBE));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String result = null;
    StringBuilder tail = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("FOOTPRINT ")) {
          result = line;
        }
        tail.append(line).append('\n');
        if (tail.length() > 20_000) {
          tail.delete(0, tail.length() - 10_000);
        }
      }
    }
    int exit = process.waitFor();
    if (result == null || exit != 0) {
      throw new IllegalStateException("The footprint probe (" + mode + ") failed with exit code " + exit + ":\n"
          + tail);
    }
    double started = 0;
    double heap = 0;
    double rss = 0;
    for (String part : result.substring("FOOTPRINT ".length()).split(" ")) {
      String[] kv = part.split("=");
      switch (kv[0]) {
        case "started" -> started = Double.parseDouble(kv[1]);
        case "heap" -> heap = Long.parseLong(kv[1]) / 1024.0 / 1024.0;
        case "rss" -> rss = Long.parseLong(kv[1]) / 1024.0 / 1024.0;
        default -> { }
      }
    }
    return new Probe(started, heap, rss);
  }
}
