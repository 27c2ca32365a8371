package org.practiceevaluations.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.SuccessfulJobListener;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * After every job that succeeds, the job executor runs one more engine command, {@link SuccessfulJobListener}, whose
 * only work is to count the success in the engine's metrics (in memory). On its own the engine runs it without a
 * database; in this application every engine command runs in a Spring transaction (so the engine and the
 * application's tables commit together), and that transaction borrows a connection and commits nothing: one empty
 * commit for every job. This interceptor, outside the transaction, counts the success itself and leaves the
 * transaction out. Every other command goes on as before. ADR 0036.
 */
@Component
public class JobSuccessPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new SuccessCounted(configuration));
  }

  /** Counts a job's success as {@link SuccessfulJobListener} would, without a transaction. */
  static final class SuccessCounted extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    SuccessCounted(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      // exactly the engine's class: a subclass may do more, and then it goes through as it is
      if (command.getClass() != SuccessfulJobListener.class) {
        return next.execute(command);
      }
      if (configuration.isMetricsEnabled() && configuration.getMetricsRegistry() != null) {
        configuration.getMetricsRegistry().markOccurrence(Metrics.JOB_SUCCESSFUL);
      }
      return null;
    }
  }
}
