package org.practiceevaluations.common;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The start: Hibernate builds its model of the application's tables (and checks it against them) on a thread of its
 * own, while the main thread builds the engine, the web applications and everything else; the repositories are set
 * up once the context is there ({@code spring.data.jpa.repositories.bootstrap-mode: deferred}). A third of the
 * product's start was Hibernate's on the main thread, waited for by everything after it (README "Performance").
 *
 * <p>Nothing else changes: the first transaction (the engine's first command, at its start) waits for Hibernate to be
 * ready, a model that does not match the tables still stops the start, and every repository is created and checked
 * before the application is ready. Spring Boot would choose a bootstrap executor itself only from a single one or
 * one named {@code applicationTaskExecutor}; the engine's job executor pool must not be it.
 *
 * <p>{@code practice-evaluations.start.background-jpa: false} builds Hibernate on the main thread again (with
 * {@code spring.data.jpa.repositories.bootstrap-mode: default}): the benchmark's "before" of the start figure.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "practice-evaluations.start.background-jpa", havingValue = "true", matchIfMissing = true)
public class JpaBootstrapConfiguration {

  public static final String THREAD_PREFIX = "jpa-bootstrap-";

  @Bean
  EntityManagerFactoryBuilderCustomizer backgroundJpaBootstrap() {
    return builder -> builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor(THREAD_PREFIX));
  }
}
