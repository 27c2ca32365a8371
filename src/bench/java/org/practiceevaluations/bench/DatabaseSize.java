package org.practiceevaluations.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Bytes on disk of a PostgreSQL database's tables, with their indexes and TOAST ({@code pg_total_relation_size}),
 * split into the engine's ({@code act_*}) and the application's ({@code pe_*}).
 */
final class DatabaseSize {

  record Sizes(long engine, long application) {
    Sizes minus(Sizes earlier) {
      return new Sizes(engine - earlier.engine, application - earlier.application);
    }

    long total() {
      return engine + application;
    }
  }

  private final PostgresServer pg;

  DatabaseSize(PostgresServer pg) {
    this.pg = pg;
  }

  Sizes of(String database) {
    try (Connection c = pg.connect(database); Statement s = c.createStatement()) {
      s.execute("checkpoint");
      try (ResultSet rs = s.executeQuery("select coalesce(sum(case when c.relname like 'act\\_%' then "
          + "pg_total_relation_size(c.oid) end), 0), coalesce(sum(case when c.relname like 'pe\\_%' then "
          + "pg_total_relation_size(c.oid) end), 0) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
          + "where c.relkind = 'r' and n.nspname = 'public'")) {
        rs.next();
        return new Sizes(rs.getLong(1), rs.getLong(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot measure database " + database, e);
    }
  }
}
