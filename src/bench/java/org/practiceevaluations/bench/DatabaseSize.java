package org.practiceevaluations.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bytes on disk of a PostgreSQL database's tables, with their indexes and TOAST ({@code pg_total_relation_size}),
 * split into the engine's ({@code act_*}) and the application's ({@code pe_*}), after {@code VACUUM FULL}: the
 * live data, without the space that deleted runtime rows (variables, executions, tasks, jobs) leave until
 * autovacuum reuses it.
 */
final class DatabaseSize {

  record Sizes(Map<String, Long> tables) {

    Sizes minus(Sizes earlier) {
      Map<String, Long> diff = new LinkedHashMap<>();
      tables.forEach((t, v) -> diff.put(t, v - earlier.tables.getOrDefault(t, 0L)));
      return new Sizes(diff);
    }

    long engine() {
      return tables.entrySet().stream().filter(e -> e.getKey().startsWith("act_")).mapToLong(Map.Entry::getValue)
          .sum();
    }

    long application() {
      return tables.entrySet().stream().filter(e -> e.getKey().startsWith("pe_")).mapToLong(Map.Entry::getValue)
          .sum();
    }

    long total() {
      return engine() + application();
    }

    /** The tables that grew most, per evaluation. */
    String largest(int evaluations, int count) {
      return tables.entrySet().stream().filter(e -> e.getValue() > 0)
          .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(count)
          .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue() / evaluations))
          .collect(Collectors.joining(", "));
    }
  }

  private final PostgresServer pg;

  DatabaseSize(PostgresServer pg) {
    this.pg = pg;
  }

  Sizes of(String database) {
    Map<String, Long> tables = new LinkedHashMap<>();
    try (Connection c = pg.connect(database); Statement s = c.createStatement()) {
      s.execute("vacuum full");
      try (ResultSet rs = s.executeQuery("select c.relname, pg_total_relation_size(c.oid) from pg_class c "
          + "join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname = 'public' "
          + "and (c.relname like 'act\\_%' or c.relname like 'pe\\_%')")) {
        while (rs.next()) {
          tables.put(rs.getString(1), rs.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot measure database " + database, e);
    }
    return new Sizes(tables);
  }
}
