package org.practiceevaluations.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.practiceevaluations.bench.bare.BareCamundaApplication;

/**
 * Starts the bare Camunda Spring Boot application ({@link BareCamundaApplication}) in a JVM of its own, on the
 * product's run-time libraries less the product's classes and the libraries only the product uses (JPA and
 * Hibernate, Flyway, Thymeleaf, Spring Security and OAuth2, mail, PDF, POI, Kotlin), so that Spring Boot's
 * auto-configuration sees what a plain Camunda application would have ({@link BenchClassPath#bare}).
 */
final class BareApp implements AutoCloseable {

  /** Libraries of the product (and of its tests) that a plain Camunda Spring Boot application does not have. */
  static final Pattern NOT_BARE = Pattern.compile(".*[/\\\\](hibernate-|flyway-|thymeleaf|spring-security-|spring-data-"
      + "|spring-orm-|jakarta\\.persistence-api|nimbus-|oauth2-oidc-sdk|content-type-|lang-tag-|angus-|jakarta\\.mail"
      + "|kotlin|selenium-|greenmail|mock-oauth2-server|openhtmltopdf-|pdfbox|fontbox|xmpbox|poi|xmlbeans"
      + "|notifications-java-client|jfreechart|openpdf|camunda-process-test-coverage|camunda-bpm-junit5"
      + "|camunda-bpm-assert|commons-csv|axe-core|playwright|byte-buddy|mockito|antlr4-runtime|jandex"
      + "|classmate)[^/\\\\]*\\.jar$");

  private final Process process;
  private final OutputStream stdin;
  final double started;
  final int port;
  private final StringBuilder tail;

  private BareApp(Process process, double started, int port, StringBuilder tail) {
    this.process = process;
    this.stdin = process.getOutputStream();
    this.started = started;
    this.port = port;
    this.tail = tail;
  }


  static List<String> command(String mode, String url, String user, String password, int evaluations, String log,
      List<String> jvmOptions) {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Dfile.encoding=UTF-8"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", BenchClassPath.bare(), BareCamundaApplication.class.getName(), mode, url, user, password,
        new File(".").getAbsolutePath(), Integer.toString(evaluations), log));
    return command;
  }

  /** Starts it to serve HTTP; returns once it printed its ready line. */
  static BareApp serve(String url, String user, String password) throws Exception {
    Process process = new ProcessBuilder(command("serve", url, user, password, 0, "target/bench/bare-app.log",
        List.of())).redirectErrorStream(true).start();
    StringBuilder tail = new StringBuilder();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        String line;
        while ((line = out.readLine()) != null) {
          synchronized (tail) {
            tail.append(line).append('\n');
            if (tail.length() > 20_000) {
              tail.delete(0, tail.length() - 10_000);
            }
          }
          if (line.startsWith("BARE-READY ")) {
            ready.complete(line);
          }
        }
      } catch (java.io.IOException e) {
        // the process ended
      }
      ready.complete(null);
    }, "bare-app-output");
    reader.setDaemon(true);
    reader.start();
    String line = ready.get(5, TimeUnit.MINUTES);
    if (line == null) {
      throw new IllegalStateException("The bare Camunda application did not start:\n" + tail);
    }
    double started = 0;
    int port = 0;
    for (String part : line.substring("BARE-READY ".length()).split(" ")) {
      String[] kv = part.split("=");
      if (kv[0].equals("started")) {
        started = Double.parseDouble(kv[1]);
      } else if (kv[0].equals("port")) {
        port = Integer.parseInt(kv[1]);
      }
    }
    return new BareApp(process, started, port, tail);
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  @Override
  public void close() throws Exception {
    stdin.close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
