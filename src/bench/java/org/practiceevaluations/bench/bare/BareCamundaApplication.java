package org.practiceevaluations.bench.bare;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.practiceevaluations.bench.CpuApplicationStartup;
import org.practiceevaluations.bench.Footprint;
import org.practiceevaluations.bench.Lifecycles;
import org.practiceevaluations.bench.NoOpSteps;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The baseline of the start-up figure and of the figures a person feels over HTTP: what a council would run instead
 * of the product, a plain Camunda Spring Boot application with Tasklist, Cockpit, Admin and the engine REST API
 * ({@code camunda-bpm-spring-boot-starter-webapp} and {@code -rest}, the same Camunda and Spring Boot versions as the
 * product), on PostgreSQL, with the starter's defaults (history full, authorization off) and the usual getting-started
 * settings: an administrator ({@code demo}), the "All tasks" filter, and its model deployed at start (duplicates
 * filtered, as the starter's auto-deployment does). The model is the product's practice evaluation with its
 * decision table and forms, its steps no-ops ({@link NoOpSteps}).
 *
 * <p>Started by the benchmark in a JVM of its own, like the product, on a class path without the product's classes
 * and libraries ({@code BareApp}); it reads {@code bare-camunda.yaml} if any, never the product's
 * {@code application.yaml}. Prints {@code BARE-READY started=<s> port=<port>} once started (JVM uptime when
 * {@code SpringApplication.run} returned, runners included: the same moment the product's probe notes). Then,
 * {@code footprint}: runs evaluations through the Java API and prints {@code FOOTPRINT ...} as the product's probe
 * does ({@link Footprint}); {@code serve}: serves HTTP until its standard input closes.
 *
 * <p>Arguments: {@code footprint|serve <jdbc url> <user> <password> <models folder root> <evaluations> <log file>}.
 */
@SpringBootApplication
public class BareCamundaApplication {

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String root = args[4];
    int evaluations = Integer.parseInt(args[5]);
    List<String> properties = new ArrayList<>(List.of(
        "--spring.config.name=bare-camunda",
        "--spring.datasource.url=" + args[1],
        "--spring.datasource.username=" + args[2],
        "--spring.datasource.password=" + args[3],
        "--spring.main.banner-mode=off",
        "--logging.file.name=" + args[6],
        "--logging.threshold.console=OFF",
        "--server.port=0",
        "--camunda.bpm.admin-user.id=demo",
        "--camunda.bpm.admin-user.password=demo",
        "--camunda.bpm.admin-user.first-name=Demo",
        "--camunda.bpm.filter.create=All tasks",
        // the model is deployed by the runner below from the repository's folders (the test class path holds
        // broken models of the tests, which the starter's class path scan would find)
        "--camunda.bpm.auto-deployment-enabled=false",
        // what the model needs: the deadlines decision's result (a map) is stored as JSON (Java serialization is off)
        "--camunda.bpm.default-serialization-format=application/json",
        "--bare.models=" + root));
    SpringApplication application = new SpringApplication(BareCamundaApplication.class);
    if (Boolean.getBoolean("bench.start-profile")) {
      application.setApplicationStartup(CpuApplicationStartup.create());
    }
    ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new));
    if (Boolean.getBoolean("bench.start-profile")) {
      CpuApplicationStartup.print(context, java.lang.management.ManagementFactory.getThreadMXBean()
          .getCurrentThreadCpuTime());
    }
    double started = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    double cpu = Footprint.cpuSeconds();
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    System.out.println(String.format(Locale.ROOT, "BARE-READY started=%.3f port=%d", started, port));
    System.out.flush();
    if (mode.equals("footprint")) {
      context.getBean(SpringProcessEngineConfiguration.class).getJobExecutor().shutdown();
      Lifecycles lifecycles = Lifecycles.bare(context.getBean(ProcessEngine.class));
      for (int i = 0; i < evaluations; i++) {
        lifecycles.run(i);
      }
      Footprint.print(started, cpu);
    } else {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
        while (in.readLine() != null) {
          // serve until the benchmark closes our standard input
        }
      }
    }
    context.close();
    System.exit(0);
  }

  /** The no-op steps the model names, as beans (the starter's expression manager resolves Spring beans). */
  @Bean
  static BeanFactoryPostProcessor bareModelSteps() {
    return factory -> new NoOpSteps(execution -> { }).beans().forEach(factory::registerSingleton);
  }

  /** Deploys the practice evaluation, its deadlines decision and the forms; an unchanged deployment is skipped. */
  @Bean
  ApplicationRunner deployModel(RepositoryService repository,
      @org.springframework.beans.factory.annotation.Value("${bare.models}") String root) {
    return args -> {
      DeploymentBuilder deployment = repository.createDeployment().name("bare-practice-evaluation")
          .enableDuplicateFiltering(false);
      Path base = Path.of(root);
      for (String model : List.of("processes/practice-evaluation.bpmn", "processes/evaluation-deadlines.dmn")) {
        deployment.addString(Path.of(model).getFileName().toString(), Files.readString(base.resolve(model)));
      }
      try (Stream<Path> forms = Files.list(base.resolve("forms"))) {
        for (Path form : forms.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
          deployment.addString(form.getFileName().toString(), Files.readString(form));
        }
      }
      deployment.deploy();
    };
  }
}
