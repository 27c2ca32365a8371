package org.practiceevaluations.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Figure 1: full unmoderated evaluations per second, the product with PDF rendering on and off against the bare
 * engine (Camunda's defaults, and with the product's engine settings), rounds interleaved so that the machine's
 * noise falls on all of them alike. Also counts the SQL statements each makes per evaluation.
 */
final class LifecycleFigures {

  /** One contestant: a name, a way to run evaluation n, and the counter on its database. */
  record Contestant(String id, String label, IntFunction<String> lifecycle, SqlCounter sql, Runnable before,
      int perRound) {}

  private final BenchConfig config;
  private final Report report;

  LifecycleFigures(BenchConfig config, Report report) {
    this.config = config;
    this.report = report;
  }

  /** Runs the rounds; returns the figures by contestant id (lifecycles per second). */
  Map<String, Figure> run(String database, List<Contestant> contestants) {
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    Map<String, SqlCounter.Snapshot> sqlTotals = new LinkedHashMap<>();
    Map<String, Integer> counted = new LinkedHashMap<>();
    int n = 0;
    for (int round = -config.warmupRounds(); round < config.rounds(); round++) {
      for (Contestant c : contestants) {
        c.before().run();
        SqlCounter.Snapshot before = c.sql().snapshot();
        long start = System.nanoTime();
        for (int i = 0; i < c.perRound(); i++) {
          c.lifecycle().apply(n++);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        SqlCounter.Snapshot used = c.sql().snapshot().minus(before);
        if (round >= 0) {
          rates.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c.perRound() / seconds);
          sqlTotals.merge(c.id(), used, LifecycleFigures::sum);
          counted.merge(c.id(), c.perRound(), Integer::sum);
        }
        report.progress("%s %s round %s: %d evaluations in %.1f s (%.2f/s), %d statements each", database,
            c.id(), round < 0 ? "warm-up" : round + 1, c.perRound(), seconds, c.perRound() / seconds,
            used.total() / c.perRound());
      }
    }
    Map<String, Figure> figures = new LinkedHashMap<>();
    for (Contestant c : contestants) {
      figures.put(c.id(), Figure.of("lifecycle." + c.id() + "." + database, c.label(), rates.get(c.id()),
          "evaluations/s", database));
      report.sqlProfile(database, c.id(), c.label(), sqlTotals.get(c.id()), counted.get(c.id()));
      SqlCounter.Snapshot sql = sqlTotals.get(c.id());
      int evaluations = counted.getOrDefault(c.id(), 0);
      if (sql != null && evaluations > 0) {
        figures.put(c.id() + ".statements", Figure.single("lifecycle." + c.id() + "." + database + ".statements",
            c.label() + ": SQL statements per evaluation", (double) sql.total() / evaluations, "statements",
            database, null));
        figures.put(c.id() + ".commits", Figure.single("lifecycle." + c.id() + "." + database + ".commits",
            c.label() + ": commits per evaluation", (double) sql.commits() / evaluations, "commits", database,
            null));
        figures.put(c.id() + ".writing-commits", Figure.single("lifecycle." + c.id() + "." + database
            + ".writing-commits", c.label() + ": commits that wrote, per evaluation",
            (double) sql.writingCommits() / evaluations, "commits", database, null));
      }
    }
    return figures;
  }

  private static SqlCounter.Snapshot sum(SqlCounter.Snapshot a, SqlCounter.Snapshot b) {
    Map<String, Long> s = new java.util.TreeMap<>(a.byStatement());
    b.byStatement().forEach((k, v) -> s.merge(k, v, Long::sum));
    Map<String, Long> t = new java.util.TreeMap<>(a.nanosByStatement());
    b.nanosByStatement().forEach((k, v) -> t.merge(k, v, Long::sum));
    return new SqlCounter.Snapshot(s, a.commits() + b.commits(), a.writingCommits() + b.writingCommits(), t);
  }
}
