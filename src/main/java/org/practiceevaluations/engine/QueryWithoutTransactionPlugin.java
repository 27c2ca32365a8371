package org.practiceevaluations.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionContext;
import org.camunda.bpm.engine.impl.cfg.TransactionContextFactory;
import org.camunda.bpm.engine.impl.cfg.TransactionListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringTransactionInterceptor;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An engine query (a task list, a filter, a job or history query: Tasklist's and Cockpit's every page, the
 * application's own look-ups) runs without a transaction of its own: it joins the caller's transaction when there is
 * one, and otherwise reads on a connection in auto-commit mode, as Camunda's engine does on its own. Under Spring's
 * transaction manager every engine command otherwise begins a transaction and commits it, a query too: a commit that
 * writes nothing, one more round trip to the database for every query a person's page makes. ADR 0041.
 *
 * <p>Everything else (each command that can write: completing a task, a job, a form's submission) runs in its
 * transaction as before, so the engine and the application's tables still commit together.
 *
 * <p>Two parts, installed after the engine built its command chain: Spring's transaction interceptor is replaced by
 * one that gives a query Spring's {@code SUPPORTS} propagation (every other command keeps {@code REQUIRED}); and a
 * query that fails does not open a transaction to mark it rollback-only (Camunda's Spring transaction context asks
 * the transaction manager for "the" transaction, which would begin a new one that nothing ends).
 */
@Component
public class QueryWithoutTransactionPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(QueryWithoutTransactionPlugin.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!(configuration instanceof SpringTransactionsProcessEngineConfiguration spring)
        || spring.getTransactionManager() == null) {
      return;
    }
    List<CommandInterceptor> chain = configuration.getCommandInterceptorsTxRequired();
    for (int i = 1; i < chain.size(); i++) {
      // exactly Spring's interceptor: another in its place has reasons of its own
      if (chain.get(i).getClass() == SpringTransactionInterceptor.class) {
        QueriesJoinOrRead replacement = new QueriesJoinOrRead(spring.getTransactionManager(), configuration);
        replacement.setNext(chain.get(i).getNext());
        chain.get(i - 1).setNext(replacement);
        chain.set(i, replacement);
        configuration.setTransactionContextFactory(
            new NoRollbackWithoutTransaction(configuration.getTransactionContextFactory()));
        return;
      }
    }
    LOG.warn("Spring's transaction interceptor is not in the engine's command chain: queries keep a transaction");
  }

  /** Whether a command only reads: an engine query, and nothing else. */
  static boolean isQuery(Command<?> command) {
    return command instanceof AbstractQuery<?, ?>;
  }

  /** Spring's transaction interceptor, with {@code SUPPORTS} for a query and {@code REQUIRED} for the rest. */
  static final class QueriesJoinOrRead extends SpringTransactionInterceptor {

    /** The same settings for every query: a template holds no state of a call. */
    private final TransactionTemplate supports;

    QueriesJoinOrRead(PlatformTransactionManager transactionManager, ProcessEngineConfigurationImpl configuration) {
      super(transactionManager, TransactionDefinition.PROPAGATION_REQUIRED, configuration);
      supports = new TransactionTemplate(transactionManager);
      supports.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(Command<T> command) {
      if (!isQuery(command)) {
        return super.execute(command);
      }
      // not a lambda, for the same reason as Spring's interceptor (CAM-12810)
      return (T) supports.execute(new TransactionCallback<Object>() {
        @Override
        public Object doInTransaction(TransactionStatus status) {
          return next.execute(command);
        }
      });
    }
  }

  /**
   * The engine's transaction contexts, except that a rollback with no transaction running (a query that failed on
   * its own) has nothing to roll back and does nothing.
   */
  static final class NoRollbackWithoutTransaction implements TransactionContextFactory {

    private final TransactionContextFactory engines;

    NoRollbackWithoutTransaction(TransactionContextFactory engines) {
      this.engines = engines;
    }

    @Override
    public TransactionContext openTransactionContext(CommandContext commandContext) {
      TransactionContext context = engines.openTransactionContext(commandContext);
      return new TransactionContext() {
        @Override
        public void commit() {
          context.commit();
        }

        @Override
        public void rollback() {
          if (TransactionSynchronizationManager.isActualTransactionActive()) {
            context.rollback();
          }
        }

        @Override
        public void addTransactionListener(TransactionState state, TransactionListener listener) {
          context.addTransactionListener(state, listener);
        }

        @Override
        public boolean isTransactionActive() {
          return context.isTransactionActive();
        }
      };
    }
  }
}
