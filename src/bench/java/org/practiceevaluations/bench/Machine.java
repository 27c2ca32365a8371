package org.practiceevaluations.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the run ran on, and how busy the machine was while it ran (load average sampled every 5 s). */
final class Machine {

  private final List<Double> load = Collections.synchronizedList(new ArrayList<>());
  private final Thread sampler;

  Machine() {
    sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        load.add(loadAverage());
        try {
          Thread.sleep(5000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-load-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  static long memoryGiB() {
    try {
      String line = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
          .findFirst().orElse("MemTotal: 0 kB");
      return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
    } catch (IOException e) {
      return -1;
    }
  }

  Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Double> samples;
    synchronized (load) {
      samples = new ArrayList<>(load);
    }
    samples.add(loadAverage());
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memoryGiB", memoryGiB());
    m.put("cpu", cpuModel());
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / 1024 / 1024);
    m.put("loadAverage1mMin", samples.stream().mapToDouble(Double::doubleValue).min().orElse(-1));
    m.put("loadAverage1mMedian", Stats.median(samples));
    m.put("loadAverage1mMax", samples.stream().mapToDouble(Double::doubleValue).max().orElse(-1));
    m.put("summary", String.format(Locale.ROOT, "%d cores (%s), %d GiB, %s; load average (1 min) during the run "
            + "%.2f median, %.2f to %.2f", m.get("cores"), m.get("cpu"), m.get("memoryGiB"), m.get("java"),
        m.get("loadAverage1mMedian"), m.get("loadAverage1mMin"), m.get("loadAverage1mMax")));
    return m;
  }
}
