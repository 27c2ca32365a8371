package org.practiceevaluations.support.node;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads (and, to stage a fault, changes) the database an application in another JVM uses, as a database
 * administrator would with psql: one short connection per call.
 */
public final class Sql {

  private final String url;

  public Sql(String url) {
    this.url = url;
  }

  public List<Map<String, Object>> rows(String sql, Object... args) {
    try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, args);
        ResultSet rs = statement.executeQuery()) {
      ResultSetMetaData meta = rs.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first column of every row, as text. */
  public List<String> column(String sql, Object... args) {
    return rows(sql, args).stream().map(row -> String.valueOf(row.values().iterator().next())).toList();
  }

  public long count(String sql, Object... args) {
    return ((Number) rows(sql, args).get(0).values().iterator().next()).longValue();
  }

  public int update(String sql, Object... args) {
    try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, args)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** A list as a PostgreSQL array parameter ({@code = any (?)}). */
  public String[] array(List<String> values) {
    return values.toArray(new String[0]);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "postgres", "postgres");
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      statement.setObject(i + 1, args[i]);
    }
    return statement;
  }
}
