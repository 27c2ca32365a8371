package org.practiceevaluations.support.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The packaged application ({@code target/practice-evaluations-*.jar}, built by {@code package} before the
 * integration tests) running in a JVM of its own, as it runs in production: {@code java -jar}, settings as
 * command-line arguments, its log in {@code target/nodes/<name>-<start>.log}. A test can stop it as an operator
 * does (SIGTERM), kill it as a power cut or the out-of-memory killer does (SIGKILL), and start it again on the same
 * database.
 *
 * <p>Waiting is on the real process: its log saying "Started", or its exit, polled against a deadline.
 */
public final class AppNode implements AutoCloseable {

  /** What the log says when the application is ready (the engine, Flyway and the web server are all up). */
  static final String STARTED = "Started PracticeEvaluationsApplication";
  /**
   * Logged by the last start-up runner (the demo directory, after the groups, grants and filters): Spring Boot logs
   * "Started" before its runners, and a call made between the two finds no users yet (401).
   */
  static final String READY = "DEMO USERS ARE ACTIVE";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final List<AppNode> RUNNING = new CopyOnWriteArrayList<>();

  static {
    // Never leave an application running after the test JVM (and the embedded PostgreSQL it uses) has gone.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(node -> node.process.destroyForcibly())));
  }

  private final String name;
  private final Map<String, String> settings;
  private final int port;
  private final Path log;
  private final Process process;

  private AppNode(String name, Map<String, String> settings, int port, Path log, Process process) {
    this.name = name;
    this.settings = settings;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts the jar with these settings (Spring properties, passed as {@code --name=value}) on a free port, and
   * waits until it has started.
   */
  public static AppNode start(String name, Map<String, String> settings) {
    return start(name, settings, freePort());
  }

  /** Starts it again, with the same settings and port: a restart after a stop or a kill. */
  public AppNode restart() {
    if (process.isAlive()) {
      throw new IllegalStateException(name + " is still running: stop or kill it first");
    }
    return start(name, settings, port);
  }

  private static AppNode start(String name, Map<String, String> settings, int port) {
    Path jar = jar();
    Path folder = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("nodes");
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC", "-jar", jar.toString()));
    Map<String, String> all = new LinkedHashMap<>(settings);
    all.put("server.port", String.valueOf(port));
    all.forEach((key, value) -> command.add("--" + key + "=" + value));
    try {
      Files.createDirectories(folder);
      Path log = folder.resolve(name + "-" + System.currentTimeMillis() + ".log");
      Process process = new ProcessBuilder(command)
          .directory(folder.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      AppNode node = new AppNode(name, Map.copyOf(settings), port, log, process);
      RUNNING.add(node);
      node.awaitStarted();
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name, e);
    }
  }

  private void awaitStarted() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (!logContains(STARTED) || !logContains(READY)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " ended (exit code " + process.exitValue() + ") before it started:\n"
            + tail(60));
      }
      if (Instant.now().isAfter(deadline)) {
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not start within " + START_TIMEOUT + ":\n" + tail(60));
      }
      pause(Duration.ofMillis(250));
    }
  }

  /** SIGKILL: the JVM ends at once, mid-request and mid-job, with no shutdown of anything. Returns the exit code. */
  public int kill() {
    process.destroyForcibly();
    return awaitExit();
  }

  /** SIGTERM: the operator's ordinary stop (Spring closes the web server, the job executor and the pool). */
  public int stop() {
    process.destroy();
    return awaitExit();
  }

  private int awaitExit() {
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    RUNNING.remove(this);
    return process.exitValue();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public int port() {
    return port;
  }

  public String name() {
    return name;
  }

  public Path logFile() {
    return log;
  }

  public String logText() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean logContains(String text) {
    return Files.exists(log) && logText().contains(text);
  }

  /** How many lines of this start's log contain {@code text}. */
  public long logLines(String text) {
    return logText().lines().filter(line -> line.contains(text)).count();
  }

  /** The last lines of the log, for a failure message. */
  public String tail(int lines) {
    if (!Files.exists(log)) {
      return "(no log)";
    }
    List<String> all = logText().lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
    RUNNING.remove(this);
  }

  /**
   * Polls {@code condition} until it holds; fails with {@code what} after {@code timeout}. For waiting on another
   * process (a job executor, a restart), never for timing an assertion.
   */
  public static void await(String what, Duration timeout, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Still waiting after " + timeout + ": " + what);
      }
      pause(Duration.ofMillis(250));
    }
  }

  /** The jar {@code package} built: {@code target/practice-evaluations-<version>.jar}. */
  public static Path jar() {
    Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "practice-evaluations-*.jar")) {
      for (Path jar : jars) {
        if (!jar.getFileName().toString().endsWith("-plain.jar")) {
          return jar;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("No target/practice-evaluations-*.jar: run ./mvnw verify (package builds it)");
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
