package org.practiceevaluations.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects the figures and prints the one table; writes the same figures to {@code target/bench/results.json}.
 * Progress lines go to the console as the run goes, so a long run is never silent.
 */
final class Report {

  /** A row of the table: a product figure, its baseline (if any) and their ratio. */
  record Row(String number, String what, String database, Figure product, Figure baseline, Figure ratio,
      Figure second, String target) {}

  private final long started = System.nanoTime();
  private final List<Figure> figures = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Object> sqlProfiles = new LinkedHashMap<>();
  private final Map<String, Object> machine;

  Report(Map<String, Object> machine) {
    this.machine = machine;
  }

  void progress(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[bench %5.0fs] %s%n", elapsedSeconds(), String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  double elapsedSeconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  void row(String number, String what, String database, Figure product, Figure baseline) {
    row(number, what, database, product, baseline, null);
  }

  /** As {@link #row(String, String, String, Figure, Figure)}, with issue 18's target ("<= 1.5x", "<= 2 s"). */
  void row(String number, String what, String database, Figure product, Figure baseline, String target) {
    figures.add(product);
    Figure ratio = null;
    if (baseline != null) {
      figures.add(baseline);
      ratio = Figure.ratio(product.id() + ".ratio", what + ": product / bare engine", product, baseline);
      figures.add(ratio);
    }
    rows.add(new Row(number, what, database, product, baseline, ratio, null, target));
  }

  /** A figure shown as its own row against a baseline already in the table. */
  void rowAgainst(String number, String what, String database, Figure product, Figure baseline) {
    rowAgainst(number, what, database, product, baseline, null);
  }

  /** As {@link #rowAgainst(String, String, String, Figure, Figure)}, with issue 18's target. */
  void rowAgainst(String number, String what, String database, Figure product, Figure baseline, String target) {
    figures.add(product);
    Figure ratio = Figure.ratio(product.id() + ".ratio", what + ": product / bare engine", product, baseline);
    figures.add(ratio);
    rows.add(new Row(number, what, database, product, baseline, ratio, null, target));
  }

  /** A row with two figures of one thing (p50 and p95), shown as "p50 / p95". */
  void pair(String number, String what, String database, Figure p50, Figure p95) {
    pair(number, what, database, p50, p95, null);
  }

  /** As {@link #pair(String, String, String, Figure, Figure)}, with issue 18's target (on p95). */
  void pair(String number, String what, String database, Figure p50, Figure p95, String target) {
    figures.add(p50);
    figures.add(p95);
    rows.add(new Row(number, what, database, p50, null, null, p95, target));
  }

  /**
   * A row with p50 / p95 for the product and for its baseline, the ratio on p95 (what issue 18's targets are
   * set on), and the target.
   */
  void pairAgainst(String number, String what, String database, Figure p50, Figure p95, Figure bareP50,
      Figure bareP95, String target) {
    figures.add(p50);
    figures.add(p95);
    figures.add(bareP50);
    figures.add(bareP95);
    Figure ratio = Figure.ratio(p95.id() + ".ratio", what + " p95: product / bare engine", p95, bareP95);
    figures.add(ratio);
    rows.add(new Row(number, what, database, p50, bareP50, ratio, p95, target));
    pairedBaselines.put(bareP50.id(), bareP95);
  }

  /** The p95 shown after a row's baseline p50 ("p50 / p95"). */
  private final Map<String, Figure> pairedBaselines = new LinkedHashMap<>();

  /** A figure in results.json that has no row of its own in the table. */
  void hidden(Figure figure) {
    figures.add(figure);
  }

  void note(String text) {
    notes.add(text);
  }

  void sqlProfile(String database, String contestant, String label, SqlCounter.Snapshot total, Integer evaluations) {
    if (total == null || evaluations == null || evaluations == 0) {
      return;
    }
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("label", label);
    profile.put("count", evaluations);
    profile.put("statementsEach", round1((double) total.total() / evaluations));
    profile.put("engineStatements(ACT_*)", round1((double) total.onTables("ACT_") / evaluations));
    profile.put("applicationStatements(PE_*)", round1((double) total.onTables("PE_") / evaluations));
    profile.put("commitsEach", round1((double) total.commits() / evaluations));
    profile.put("commitsThatWroteEach", round1((double) total.writingCommits() / evaluations));
    for (String kind : List.of("select", "insert", "update", "delete")) {
      profile.put(kind, round1((double) total.ofKind(kind) / evaluations));
    }
    Map<String, Double> top = new LinkedHashMap<>();
    total.byStatement().entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .forEach(e -> top.put(e.getKey(), round1((double) e.getValue() / evaluations)));
    profile.put("byStatement", top);
    Map<String, Double> time = new LinkedHashMap<>();
    total.nanosByStatement().entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(15)
        .forEach(e -> time.put(e.getKey(), Math.round(e.getValue() / 1e4 / evaluations) / 100.0));
    profile.put("msEachByStatement(slowest 15)", time);
    sqlProfiles.put(database + "/" + contestant, profile);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** The table, as printed at the end of the run and pasted into the README. */
  String table() {
    String[] head = {"#", "Figure", "DB", "Product", "Bare engine", "Ratio", "Target", "Unit"};
    List<String[]> lines = new ArrayList<>();
    for (Row r : sortedRows()) {
      String unit = r.product().unit();
      String ratio = r.ratio() == null ? "" : r.ratio().value() == null ? "n/a" : Figure.format(r.ratio().value()) + "x";
      String product = r.product().value() == null ? "n/a" : r.product().formatted();
      if (r.second() != null && r.second().value() != null) {
        product = product + " / " + r.second().formatted();
      }
      String baseline = r.baseline() == null ? "" : r.baseline().formatted();
      Figure baselineP95 = r.baseline() == null ? null : pairedBaselines.get(r.baseline().id());
      if (baselineP95 != null && baselineP95.value() != null) {
        baseline = baseline + " / " + baselineP95.formatted();
      }
      lines.add(new String[] {r.number(), r.what(), r.database(), product, baseline, ratio,
          r.target() == null ? "" : r.target(), unit});
    }
    int[] width = new int[head.length];
    for (int i = 0; i < head.length; i++) {
      width[i] = head[i].length();
      for (String[] l : lines) {
        width[i] = Math.max(width[i], l[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    appendLine(out, head, width);
    StringBuilder rule = new StringBuilder("|");
    for (int i = 0; i < head.length; i++) {
      rule.append(i >= 3 && i <= 5 ? "-".repeat(width[i] + 1) + ":|" : "-".repeat(width[i] + 2) + "|");
    }
    out.append(rule).append('\n');
    for (String[] l : lines) {
      appendLine(out, l, width);
    }
    return out.toString();
  }

  private static void appendLine(StringBuilder out, String[] cells, int[] width) {
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      boolean right = i >= 3 && i <= 5;
      String cell = right ? String.format("%" + width[i] + "s", cells[i]) : String.format("%-" + width[i] + "s", cells[i]);
      out.append(' ').append(cell).append(" |");
    }
    out.append('\n');
  }

  /** The rows in the order of the issue's figures (1 to 6), each figure's rows in the order they were measured. */
  private List<Row> sortedRows() {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(java.util.Comparator.comparing(Row::number));
    return sorted;
  }

  /** The rounds behind every figure, and the notes. */
  String details() {
    StringBuilder out = new StringBuilder();
    java.util.Set<String> shown = new java.util.HashSet<>();
    for (Row r : sortedRows()) {
      Figure baselineP95 = r.baseline() == null ? null : pairedBaselines.get(r.baseline().id());
      for (Figure f : new Figure[] {r.product(), r.second(), r.baseline(), baselineP95}) {
        if (f != null && shown.add(f.id()) && (!f.roundsText().isEmpty() || f.note() != null)) {
          out.append(String.format(Locale.ROOT, "  %-4s %-8s %-46s %s%s%n", r.number(), f.database(),
              f.name(), f.roundsText(), f.note() == null ? "" : (f.roundsText().isEmpty() ? "" : "  ") + f.note()));
        }
      }
    }
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(n -> out.append("  - ").append(n).append('\n'));
    }
    return out.toString();
  }

  void print() {
    System.out.println();
    System.out.println("Practice Evaluations benchmark (" + String.format(Locale.ROOT, "%.0f", elapsedSeconds())
        + " s): " + machine.get("summary"));
    System.out.println();
    System.out.print(table());
    System.out.println();
    System.out.println("Rounds (each figure is the median of its rounds, after a warm-up):");
    System.out.print(details());
    System.out.println();
    if (SqlCounter.TRACE_COMMITS) {
      System.out.println("Commits by origin (every database, the whole run):");
      SqlCounter.COMMIT_ORIGINS.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
          .forEach(e -> System.out.printf(Locale.ROOT, "  %7d  %s%n", e.getValue().sum(), e.getKey()));
    }
    if (SqlCounter.TRACE_STATEMENT != null) {
      System.out.println("'" + SqlCounter.TRACE_STATEMENT + "' by origin (every database, the whole run):");
      SqlCounter.STATEMENT_ORIGINS.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
          .forEach(e -> System.out.printf(Locale.ROOT, "  %7d  %s%n", e.getValue().sum(), e.getKey()));
    }
    System.out.println("Written to target/bench/results.json (with the SQL statements of each evaluation and each timer, by table).");
  }

  void write(Path file) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("finishedAt", Instant.now().toString());
    json.put("durationSeconds", Math.round(elapsedSeconds()));
    json.put("machine", machine);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Figure f : figures) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", f.id());
      m.put("name", f.name());
      m.put("value", f.value());
      m.put("unit", f.unit());
      m.put("database", f.database());
      rows.stream().filter(r -> r.target() != null && (r.ratio() == f || r.product() == f && r.ratio() == null
          || r.second() == f && r.ratio() == null)).findFirst().ifPresent(r -> m.put("target", r.target()));
      if (!f.rounds().isEmpty()) {
        m.put("rounds", f.rounds());
      }
      if (f.numerator() != null) {
        m.put("numerator", f.numerator());
        m.put("denominator", f.denominator());
        m.put("numeratorValue", figures.stream().filter(x -> x.id().equals(f.numerator())).findFirst()
            .map(Figure::value).orElse(null));
        m.put("denominatorValue", figures.stream().filter(x -> x.id().equals(f.denominator())).findFirst()
            .map(Figure::value).orElse(null));
      }
      if (f.note() != null) {
        m.put("note", f.note());
      }
      list.add(m);
    }
    json.put("figures", list);
    json.put("notes", notes);
    json.put("sqlStatementsEach", sqlProfiles);
    json.put("table", table());
    try {
      Files.createDirectories(file.getParent());
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<String, Object> machine() {
    return machine;
  }
}
