package org.practiceevaluations.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.practiceevaluations.PracticeEvaluationsApplication;
import org.practiceevaluations.recording.EvaluationPdf;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Starts the whole application, as shipped (default profile: the local evaluation mode with its demo directory and
 * case register; the engine, Tasklist, REST API, Flyway, everything), on a given database, from the benchmark's
 * class path. Adds two things only: the SQL statement counter around the application's data source, and a switch
 * that replaces PDF rendering by a fixed one-page PDF ("PDF off").
 */
public final class BenchApplication {

  private BenchApplication() {}

  /** The running application and what the benchmark attached to it. */
  public record Running(ConfigurableApplicationContext context, SqlCounter sql, PdfSwitch pdf, String jdbcUrl)
      implements AutoCloseable {

    public <T> T bean(Class<T> type) {
      return context.getBean(type);
    }

    /** The job executor is started with the application; the benchmark drives jobs itself until figure 5. */
    public JobExecutor jobExecutor() {
      return context.getBean(org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration.class).getJobExecutor();
    }

    @Override
    public void close() {
      context.close();
    }
  }

  /**
   * @param jdbcUrl an H2 or PostgreSQL URL
   * @param extra more properties (they win)
   */
  public static Running start(String name, String jdbcUrl, String user, String password, Map<String, Object> extra) {
    SqlCounter sql = new SqlCounter("product " + name);
    PdfSwitch pdf = new PdfSwitch();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("spring.datasource.url", jdbcUrl);
    p.put("spring.datasource.username", user);
    p.put("spring.datasource.password", password);
    // As in production (application-prod.yaml): web requests and the job executor share the pool.
    p.put("spring.datasource.hikari.maximum-pool-size", 20);
    p.put("server.port", 0);
    p.put("practice-evaluations.document-store.root", "target/bench/documents/" + name + "-" + UUID.randomUUID());
    // The product logs as configured (INFO for the application), to a file: the table stays readable.
    p.put("logging.file.name", "target/bench/" + name + ".log");
    p.put("logging.threshold.console", "OFF");
    p.put("spring.main.banner-mode", "off");
    p.putAll(extra);
    // for trying a setting while profiling (-Dbench.app-properties=a.b=c,d.e=f); never in a reported run
    for (String setting : System.getProperty("bench.app-properties", "").split(",")) {
      if (setting.contains("=")) {
        p.put(setting.substring(0, setting.indexOf('=')).trim(), setting.substring(setting.indexOf('=') + 1).trim());
      }
    }
    SpringApplicationBuilder builder = new SpringApplicationBuilder(PracticeEvaluationsApplication.class);
    if (Boolean.getBoolean("bench.start-profile")) {
      // each bean's creation timed (FootprintProbe prints the slowest): the tool for finding a slow start
      CpuApplicationStartup startup = new CpuApplicationStartup();
      builder.applicationStartup(startup);
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      builder.listeners((org.springframework.context.ApplicationListener<
          org.springframework.boot.context.event.SpringApplicationEvent>) event -> {
        if (event instanceof org.springframework.boot.context.event.ApplicationStartedEvent
            || event instanceof org.springframework.boot.context.event.ApplicationReadyEvent) {
          System.out.println(String.format(java.util.Locale.ROOT, "STARTUP-STEP main thread CPU %.0f ms at %s",
              threads.getCurrentThreadCpuTime() / 1e6, event.getClass().getSimpleName()));
        }
      });
    }
    ConfigurableApplicationContext context = builder
        .sources(Hooks.class)
        .web(WebApplicationType.SERVLET)
        .initializers(ctx -> {
          ctx.getBeanFactory().registerSingleton("benchSqlCounter", sql);
          ctx.getBeanFactory().registerSingleton("benchPdfSwitch", pdf);
          ctx.getBeanFactory().registerSingleton("benchTypeExcludeFilter", new NotTestsNorBench());
        })
        // command-line arguments: they win over application.yaml (builder "properties" would not)
        .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    return new Running(context, sql, pdf, jdbcUrl);
  }

  /** What the benchmark adds to the application context. */
  public static class Hooks {

    /** Counts every statement on the application's data source (JPA, JDBC, Flyway and the engine share it). */
    @Bean
    static BeanPostProcessor benchCountingDataSource(org.springframework.beans.factory.BeanFactory beans) {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
          if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
            return beans.getBean(SqlCounter.class).wrap(dataSource);
          }
          return bean;
        }
      };
    }

    /** The evaluation PDF, with rendering that the benchmark can switch off. */
    @Bean
    @Primary
    EvaluationPdf benchEvaluationPdf(
        @org.springframework.beans.factory.annotation.Qualifier("evaluationPdf") EvaluationPdf evaluationPdf,
        PdfSwitch pdfSwitch) {
      return pdfSwitch.around(evaluationPdf);
    }
  }

  /**
   * The benchmark runs from the test class path: leave out the tests' own configurations (a Spring test leaves them
   * out the same way) and the benchmark's classes, which it adds itself.
   */
  static class NotTestsNorBench extends TypeExcludeFilter {
    // compiled once: the filter is asked about every class the product's component scan finds, and its cost was
    // counted in the product's start (a String.matches compiles its pattern on every call)
    private static final java.util.regex.Pattern TEST_NAME =
        java.util.regex.Pattern.compile(".*(Test|Contract|IT)(\\$.*)?$");

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
      String name = reader.getClassMetadata().getClassName();
      if (name.startsWith("org.practiceevaluations.bench.")) {
        return true;
      }
      // anything compiled from the test sources (tests, their fixtures and handlers) is not in the product's jar
      return reader.getResource().getURL().toString().contains("/test-classes/") || TEST_NAME.matcher(name).matches();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof NotTestsNorBench;
    }

    @Override
    public int hashCode() {
      return NotTestsNorBench.class.hashCode();
    }
  }
}
