package org.practiceevaluations.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the seed's application rows in JDBC batches on a connection of its own, with pgjdbc's
 * {@code reWriteBatchedInserts} (a batch of inserts becomes multi-row inserts): only for seeding the
 * application's own tables, never for the engine's, and never for what is measured.
 */
final class BulkRows implements AutoCloseable {

  private final HikariDataSource pool;

  BulkRows(String url, String user, String password) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
    c.setUsername(user);
    c.setPassword(password);
    c.setMaximumPoolSize(2);
    c.setAutoCommit(false);
    c.setPoolName("bench-seed");
    this.pool = new HikariDataSource(c);
  }

  /** The evaluations, then their rows, in one transaction. */
  void write(List<Map<String, Object>> evaluations, Map<String, List<Map<String, Object>>> rows) {
    try (Connection c = pool.getConnection()) {
      insert(c, "pe_evaluation", evaluations);
      for (Map.Entry<String, List<Map<String, Object>>> table : rows.entrySet()) {
        insert(c, table.getKey(), table.getValue());
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write the seed's rows", e.getNextException() == null ? e
          : e.getNextException());
    }
  }

  /** Sets the process instance of each evaluation ([process instance id, evaluation id, ...]). */
  void link(List<Object[]> links) {
    if (links.isEmpty()) {
      return;
    }
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement("update pe_evaluation set process_instance_id = ? where id = ?")) {
      for (Object[] link : links) {
        s.setString(1, (String) link[0]);
        s.setLong(2, ((Number) link[1]).longValue());
        s.addBatch();
      }
      s.executeBatch();
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot link the seed's evaluations to their process instances", e);
    }
  }

  private static void insert(Connection c, String table, List<Map<String, Object>> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    List<String> columns = new ArrayList<>(rows.get(0).keySet());
    String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
        + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int n = 0;
      for (Map<String, Object> row : rows) {
        for (int i = 0; i < columns.size(); i++) {
          s.setObject(i + 1, row.get(columns.get(i)));
        }
        s.addBatch();
        if (++n % 1000 == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
