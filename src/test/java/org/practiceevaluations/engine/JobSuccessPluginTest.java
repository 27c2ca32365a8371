package org.practiceevaluations.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.SuccessfulJobListener;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobSuccessPluginTest {

  private final ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
  private final CommandInterceptor transaction = mock(CommandInterceptor.class);
  private CommandInterceptor interceptor;

  @BeforeEach
  void install() {
    MetricsRegistry metrics = new MetricsRegistry();
    metrics.createMeter(Metrics.JOB_SUCCESSFUL);
    configuration.setMetricsRegistry(metrics);
    configuration.setMetricsEnabled(true);
    new JobSuccessPlugin().preInit(configuration);
    interceptor = configuration.getCustomPreCommandInterceptorsTxRequired().get(0);
    interceptor.setNext(transaction);
  }

  @Test
  void aJobsSuccessIsCountedWithoutATransaction() {
    Object result = interceptor.execute(new SuccessfulJobListener());

    assertThat(result).isNull();
    verify(transaction, never()).execute(any());
    assertThat(configuration.getMetricsRegistry().getDbMeters().get(Metrics.JOB_SUCCESSFUL).get()).isEqualTo(1);
  }

  @Test
  void withMetricsOffNothingIsCountedAndStillNoTransaction() {
    configuration.setMetricsEnabled(false);

    interceptor.execute(new SuccessfulJobListener());

    verify(transaction, never()).execute(any());
    assertThat(configuration.getMetricsRegistry().getDbMeters().get(Metrics.JOB_SUCCESSFUL).get()).isZero();
  }

  @Test
  void everyOtherCommandGoesThroughItsTransaction() {
    @SuppressWarnings("unchecked")
    Command<String> other = mock(Command.class);
    when(transaction.execute(other)).thenReturn("done");

    assertThat(interceptor.execute(other)).isEqualTo("done");
    verify(transaction).execute(other);
    assertThat(configuration.getMetricsRegistry().getDbMeters().get(Metrics.JOB_SUCCESSFUL).get()).isZero();
  }

  @Test
  void aSubclassOfTheListenerGoesThroughAsItIs() {
    SuccessfulJobListener more = new SuccessfulJobListener() {};

    interceptor.execute(more);

    verify(transaction).execute(more);
  }
}
