package org.practiceevaluations.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What figure 6's two measuring JVMs note once they are ready, the product's ({@link FootprintProbe}) and the bare
 * Camunda application ({@code bare.BareCamundaApplication}), taken the same way in both: CPU seconds used, and, after
 * collecting garbage, the heap in use and the process's resident set size. Only the JDK: it runs on the bare class
 * path too.
 */
public final class Footprint {

  private Footprint() {}

  /** CPU seconds the process has used so far (all threads). */
  public static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
  }

  /** Collects garbage, then prints {@code FOOTPRINT started=<s> heap=<bytes> rss=<bytes> cpu=<s>}. */
  public static void print(double started, double cpu) throws Exception {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).findFirst().orElse(-1L);
    System.out.println(String.format(Locale.ROOT, "FOOTPRINT started=%.3f heap=%d rss=%d cpu=%.3f", started, heap, rss, cpu));
    System.out.flush();
  }
}
