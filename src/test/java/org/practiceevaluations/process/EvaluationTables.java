package org.practiceevaluations.process;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.flywaydb.core.Flyway;
import org.practiceevaluations.caseregister.ChildCaseRepository;
import org.practiceevaluations.engine.EngineClock;
import org.practiceevaluations.concern.CaseOfConcernRepository;
import org.practiceevaluations.concern.ConcernEvaluations;
import org.practiceevaluations.directory.ServiceAreaRepository;
import org.practiceevaluations.directory.TeamRepository;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.EvaluationAllocation;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.ProcessEvaluations;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's own evaluation steps for the plain-engine process tests: its tables on an in-memory H2 database
 * (the Flyway migrations, Hibernate, the repositories), {@link EvaluationLifecycle} and {@link ProcessEvaluations}, and
 * the real delegates of the service tasks listed in {@link #REAL_STEPS}, found by their bean names (never by class, so
 * a renamed delegate needs no change here). The grade, the discrepancy and who holds the grade are then the
 * application's rules (docs/guide.md, "Moderation", "A disputed grade"), not the test's.
 *
 * <p>A small Spring context, not Spring Boot: the engine stays the plain one of {@code camunda.cfg.xml}, which calls
 * these beans by name ({@code Mocks}). The tables are made once per test run (Hibernate starts once) and emptied of
 * evaluations before each test; the delegates are made per engine, with that engine's services.
 */
final class EvaluationTables {

  /**
   * The service tasks of the evaluation and moderation maps whose real delegates run: every one that only reads and
   * writes the evaluation tables and the engine ("prepare the evaluation" with its allocation doubled: the case
   * register and the directory). The others talk to the outside world (mail, the child's file and its case notes)
   * or keep tables of their own (safety escalations), and stay doubles.
   */
  static final List<String> REAL_STEPS = List.of("prepareEvaluation", "setDueDates",
      "recordSubmission", "recordModeratedGrade", "recordFinalGrade", "markShared", "closeEvaluation",
      "handToModerator", "handOverToCasesOfConcern");

  private static AnnotationConfigApplicationContext tables;

  private EvaluationTables() {}

  /** The tables, made on first use. */
  static synchronized AnnotationConfigApplicationContext tables() {
    if (tables == null) {
      tables = new AnnotationConfigApplicationContext(Tables.class);
      tables.registerShutdownHook();
    }
    return tables;
  }

  static <T> T bean(Class<T> type) {
    return tables().getBean(type);
  }

  static TransactionTemplate transaction() {
    return new TransactionTemplate(bean(PlatformTransactionManager.class));
  }

  /** Every evaluation removed (with its actions, sections and escalations): each test starts from none. */
  static void empty() {
    transaction().executeWithoutResult(status -> bean(EvaluationRepository.class).deleteAll());
  }

  /**
   * The real delegates of {@link #REAL_STEPS}, by bean name, made once for this engine (with the double of the
   * allocation, the case register and the directory that "prepare the evaluation" asks), each run in a transaction
   * of the tables as the application runs it in the engine's.
   */
  static synchronized Map<String, JavaDelegate> steps(ProcessEngine engine) {
    return stepsByEngine.computeIfAbsent(engine, EvaluationTables::realSteps);
  }

  private static final Map<ProcessEngine, Map<String, JavaDelegate>> stepsByEngine = new IdentityHashMap<>();

  private static Map<String, JavaDelegate> realSteps(ProcessEngine engine) {
    AnnotationConfigApplicationContext steps = new AnnotationConfigApplicationContext();
    steps.setParent(tables());
    steps.registerBean(RuntimeService.class, engine::getRuntimeService);
    steps.registerBean(EvaluationAllocation.class, EvaluationProcessDoubles::allocation);
    stepDefinitions().forEach(steps::registerBeanDefinition);
    steps.refresh();
    TransactionTemplate transaction = transaction();
    Map<String, JavaDelegate> found = new LinkedHashMap<>();
    for (String name : REAL_STEPS) {
      JavaDelegate step = steps.getBean(name, JavaDelegate.class);
      found.put(name, execution -> transaction.executeWithoutResult(status -> {
        try {
          step.execute(execution);
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    return found;
  }

  private static Map<String, BeanDefinition> stepDefinitions;

  /** The classes of the real steps, found once by their {@code @Component} names. */
  private static synchronized Map<String, BeanDefinition> stepDefinitions() {
    if (stepDefinitions == null) {
      ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
      scanner.addIncludeFilter((reader, factory) -> {
        String name = componentName(reader);
        return name != null && REAL_STEPS.contains(name);
      });
      Map<String, BeanDefinition> found = new HashMap<>();
      for (BeanDefinition definition : scanner.findCandidateComponents("org.practiceevaluations")) {
        found.put(componentName(definition), definition);
      }
      if (!found.keySet().containsAll(REAL_STEPS)) {
        throw new IllegalStateException("Not every real step was found by its bean name: " + found.keySet());
      }
      stepDefinitions = found;
    }
    return stepDefinitions;
  }

  private static String componentName(MetadataReader reader) {
    Map<String, Object> component = reader.getAnnotationMetadata().getAnnotationAttributes(Component.class.getName());
    return component == null ? null : (String) component.get("value");
  }

  private static String componentName(BeanDefinition definition) {
    Map<String, Object> component = ((AnnotatedBeanDefinition) definition)
        .getMetadata().getAnnotationAttributes(Component.class.getName());
    return (String) component.get("value");
  }

  /**
   * The application's tables and the services of the evaluation steps; nothing else of the application. Not a
   * {@code @Configuration}: the application's component scan reaches the test classes too, and must not find it
   * (its repositories would replace the application's in every Spring Boot test).
   */
  @EnableTransactionManagement
  @EnableJpaRepositories(basePackageClasses = {EvaluationRepository.class, CaseOfConcernRepository.class,
      ChildCaseRepository.class, TeamRepository.class},
      includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {EvaluationRepository.class,
          CaseOfConcernRepository.class, ChildCaseRepository.class, TeamRepository.class,
          ServiceAreaRepository.class}))
  static class Tables {

    @Bean
    DataSource dataSource() {
      DriverManagerDataSource dataSource = new DriverManagerDataSource(
          "jdbc:h2:mem:evaluation-tables-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
      dataSource.setDriverClassName("org.h2.Driver");
      return dataSource;
    }

    /** The tables as the application's migrations make them (application.yaml, spring.flyway). */
    @Bean
    Flyway flyway(DataSource dataSource) {
      Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
          .table("pe_schema_history").baselineOnMigrate(true).load();
      flyway.migrate();
      return flyway;
    }

    @Bean
    LocalContainerEntityManagerFactoryBean entityManagerFactory(DataSource dataSource, Flyway flyway) {
      LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
      factory.setDataSource(dataSource);
      factory.setPackagesToScan("org.practiceevaluations");
      factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
      Properties properties = new Properties();
      // Spring Boot's naming of tables and columns, and its check that the entities match the migrated tables
      properties.put("hibernate.physical_naming_strategy",
          "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
      properties.put("hibernate.implicit_naming_strategy",
          "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");
      properties.put("hibernate.hbm2ddl.auto", "validate");
      factory.setJpaProperties(properties);
      return factory;
    }

    @Bean
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
      return new JpaTransactionManager(entityManagerFactory);
    }

    @Bean
    Deadlines deadlines() {
      return new Deadlines(new EngineClock(ProcessTestBase.LONDON));
    }

    @Bean
    EvaluationLifecycle evaluationLifecycle(EvaluationRepository evaluations, Deadlines deadlines) {
      return new EvaluationLifecycle(evaluations, deadlines);
    }

    @Bean
    ProcessEvaluations processEvaluations(EvaluationRepository evaluations, CaseOfConcernRepository concerns) {
      return new ProcessEvaluations(evaluations, List.of(new ConcernEvaluations(concerns)));
    }
  }
}
