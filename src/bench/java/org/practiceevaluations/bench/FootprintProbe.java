package org.practiceevaluations.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Figure 6's measuring JVM, started by {@link FootprintFigure}: starts the product (or the bare engine) against a
 * database whose schema exists, notes how long after the JVM started it was ready ("Started"), runs evaluations,
 * then collects garbage and notes the heap in use and the process's resident set size. Prints one line:
 * {@code FOOTPRINT started=<s> heap=<bytes> rss=<bytes>}.
 *
 * <p>Arguments: {@code app|bare <jdbc url> <user> <password> <evaluations>}.
 */
public final class FootprintProbe {

  private FootprintProbe() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String url = args[1];
    String user = args[2];
    String password = args[3];
    int evaluations = Integer.parseInt(args[4]);
    double started;
    if (mode.equals("app")) {
      BenchApplication.Running app = BenchApplication.start("footprint", url, user, password,
          Map.of("camunda.bpm.job-execution.enabled", true));
      started = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
      printStartupSteps(app);
      app.jobExecutor().shutdown();
      Lifecycles lifecycles = Lifecycles.product(app.bean(ProcessEngine.class), Bench.cases(app));
      for (int i = 0; i < evaluations; i++) {
        lifecycles.run(i);
      }
      report(started);
      app.close();
    } else {
      Bench.Pooled ds = Bench.Pooled.of(Bench.POSTGRES, url, user, password);
      BareEngine bare = new BareEngine("footprint-bare", ds.counted(), BareEngine.Settings.DEFAULTS);
      started = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
      Lifecycles lifecycles = Lifecycles.bare(bare.engine());
      for (int i = 0; i < evaluations; i++) {
        lifecycles.run(i);
      }
      report(started);
      bare.close();
      ds.close();
    }
    System.exit(0);
  }

  /** With {@code -Dbench.start-profile=true}: the slowest start-up steps (bean creation, with the bean's name). */
  private static void printStartupSteps(BenchApplication.Running app) {
    if (!Boolean.getBoolean("bench.start-profile")) {
      return;
    }
    var startup = (org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup)
        app.context().getApplicationStartup();
    startup.getBufferedTimeline().getEvents().stream()
        .sorted((a, b) -> b.getDuration().compareTo(a.getDuration())).limit(60)
        .forEach(e -> {
          StringBuilder tags = new StringBuilder();
          e.getStartupStep().getTags().forEach(t -> tags.append(' ').append(t.getKey()).append('=')
              .append(t.getValue().length() > 90 ? t.getValue().substring(0, 90) : t.getValue()));
          System.out.println(String.format(Locale.ROOT, "STARTUP-STEP %6d ms %s%s", e.getDuration().toMillis(),
              e.getStartupStep().getName(), tags));
        });
    System.out.flush();
  }

  private static void report(double started) throws Exception {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).findFirst().orElse(-1L);
    System.out.println(String.format(Locale.ROOT, "FOOTPRINT started=%.3f heap=%d rss=%d", started, heap, rss));
    System.out.flush();
  }
}
