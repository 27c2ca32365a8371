package org.practiceevaluations.bench;

import java.lang.management.ManagementFactory;
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
    double cpu;
    if (mode.equals("app")) {
      BenchApplication.Running app = BenchApplication.start("footprint", url, user, password,
          Map.of("camunda.bpm.job-execution.enabled", true));
      started = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
      cpu = Footprint.cpuSeconds();
      printStartupSteps(app);
      app.jobExecutor().shutdown();
      Lifecycles lifecycles = Lifecycles.product(app.bean(ProcessEngine.class), Bench.cases(app));
      for (int i = 0; i < evaluations; i++) {
        lifecycles.run(i);
      }
      Footprint.print(started, cpu);
      app.close();
    } else {
      Bench.Pooled ds = Bench.Pooled.of(Bench.POSTGRES, url, user, password);
      BareEngine bare = new BareEngine("footprint-bare", ds.counted(), BareEngine.Settings.DEFAULTS);
      started = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
      cpu = Footprint.cpuSeconds();
      Lifecycles lifecycles = Lifecycles.bare(bare.engine());
      for (int i = 0; i < evaluations; i++) {
        lifecycles.run(i);
      }
      Footprint.print(started, cpu);
      bare.close();
      ds.close();
    }
    System.exit(0);
  }

  /** With {@code -Dbench.start-profile=true}: the costliest start-up steps, in CPU time of the main thread. */
  private static void printStartupSteps(BenchApplication.Running app) {
    if (!Boolean.getBoolean("bench.start-profile")) {
      return;
    }
    CpuApplicationStartup startup = (CpuApplicationStartup) app.context().getApplicationStartup();
    startup.slowest(45).forEach(t -> System.out.println("STARTUP-STEP " + startup.format(t)));
    System.out.flush();
  }
}
