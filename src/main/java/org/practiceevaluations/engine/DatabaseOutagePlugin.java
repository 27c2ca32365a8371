package org.practiceevaluations.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.practiceevaluations.common.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Around every engine command, outside its transaction: a command that failed because the database could not be
 * reached (at its start, in the middle, or at commit) fails with {@link DatabaseUnavailableException}, so Tasklist,
 * Cockpit and the engine REST API tell people plainly (503) instead of "Could not open JPA EntityManager for
 * transaction". The transaction itself is rolled back as before: PostgreSQL discards the work of a connection that
 * breaks before it commits.
 */
@Component
public class DatabaseOutagePlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutagePlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    // First in the list: the outermost, so it also sees failures of the other interceptors and of the commit.
    configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        try {
          return next.execute(command);
        } catch (DatabaseUnavailableException e) {
          throw e;
        } catch (RuntimeException e) {
          if (DatabaseUnavailableException.causedBy(e)) {
            // The kind of failure only: messages of SQL errors can quote values.
            LOG.warn("Database unreachable during {}: {}", command.getClass().getSimpleName(),
                e.getClass().getSimpleName());
            throw new DatabaseUnavailableException(e);
          }
          throw e;
        }
      }
    });
  }
}
