package org.practiceevaluations.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Spring's start-up steps (each bean's creation, the configuration classes' parsing, the web server...) timed in CPU
 * time of the thread that ran them, not wall time: on a shared, busy machine wall time says how busy the machine
 * was, CPU time says what the step costs. Keeps each step's own time (less its nested steps) and its total. For
 * {@code -Dbench.start-profile=true} only.
 */
public final class CpuApplicationStartup implements ApplicationStartup {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  record Timed(String name, long selfNanos, long totalNanos) {}

  private final Map<String, long[]> steps = new ConcurrentHashMap<>();
  private final ThreadLocal<Deque<Step>> open = ThreadLocal.withInitial(ArrayDeque::new);

  public static CpuApplicationStartup create() {
    return new CpuApplicationStartup();
  }

  /** Prints the costliest steps and the main thread's CPU time (for the bare application, which has no probe). */
  public static void print(org.springframework.context.ConfigurableApplicationContext context, long mainCpuNanos) {
    CpuApplicationStartup startup = (CpuApplicationStartup) context.getApplicationStartup();
    System.out.println(String.format(Locale.ROOT, "STARTUP-STEP main thread CPU %.0f ms when started",
        mainCpuNanos / 1e6));
    startup.slowest(25).forEach(t -> System.out.println("STARTUP-STEP " + startup.format(t)));
  }

  @Override
  public StartupStep start(String name) {
    Step step = new Step(name);
    open.get().push(step);
    return step;
  }

  /** The steps by own CPU time, most first. */
  List<Timed> slowest(int count) {
    return steps.entrySet().stream().map(e -> new Timed(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .sorted((a, b) -> Long.compare(b.selfNanos(), a.selfNanos())).limit(count).toList();
  }

  private final class Step implements StartupStep {
    private final String name;
    private final long started = THREADS.getCurrentThreadCpuTime();
    private long children;
    private final Map<String, String> tags = new LinkedHashMap<>();

    Step(String name) {
      this.name = name;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public long getId() {
      return 0;
    }

    @Override
    public Long getParentId() {
      return null;
    }

    @Override
    public StartupStep tag(String key, String value) {
      tags.put(key, value);
      return this;
    }

    @Override
    public StartupStep tag(String key, Supplier<String> value) {
      tags.put(key, value.get());
      return this;
    }

    @Override
    public Tags getTags() {
      return () -> {
        Iterator<Map.Entry<String, String>> entries = tags.entrySet().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return entries.hasNext();
          }

          @Override
          public Tag next() {
            Map.Entry<String, String> e = entries.next();
            return new Tag() {
              @Override
              public String getKey() {
                return e.getKey();
              }

              @Override
              public String getValue() {
                return e.getValue();
              }
            };
          }
        };
      };
    }

    @Override
    public void end() {
      long total = THREADS.getCurrentThreadCpuTime() - started;
      Deque<Step> stack = open.get();
      stack.remove(this);
      Step parent = stack.peek();
      if (parent != null) {
        parent.children += total;
      }
      String key = name + (tags.containsKey("beanName") ? " " + tags.get("beanName")
          : tags.isEmpty() ? "" : " " + tags.values().iterator().next());
      long[] sums = steps.computeIfAbsent(key.length() > 140 ? key.substring(0, 140) : key, k -> new long[2]);
      synchronized (sums) {
        sums[0] += total - children;
        sums[1] += total;
      }
    }
  }

  String format(Timed t) {
    return String.format(Locale.ROOT, "%6.0f ms own, %6.0f ms in all: %s", t.selfNanos() / 1e6, t.totalNanos() / 1e6,
        t.name());
  }
}
