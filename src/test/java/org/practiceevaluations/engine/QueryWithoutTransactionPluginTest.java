package org.practiceevaluations.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An engine query under Spring's transaction manager commits nothing and leaves nothing open, joins the caller's
 * transaction when there is one, and a query that fails leaves no transaction behind; every command that writes
 * still commits (ADR 0041). On a Spring-configured engine over an in-memory H2 database whose connections count
 * their commits; the same engine without the plugin shows the commit a query otherwise makes.
 */
class QueryWithoutTransactionPluginTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private Counting dataSource;
  private DataSourceTransactionManager transactions;
  private ProcessEngine engine;

  @BeforeEach
  void anEngineWithAWaitingTask() {
    engine = engine(true);
    engine.getRuntimeService().startProcessInstanceByKey("p");
    dataSource.reset();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aQueryCommitsNothingAndLeavesNoConnectionOpen() {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processDefinitionKey("p").list();
    long count = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("p").count();

    assertThat(tasks).extracting(Task::getName).containsExactly("Look at it");
    assertThat(count).isOne();
    assertThat(dataSource.commits).hasValue(0);
    assertThat(dataSource.begins).hasValue(0);
    assertThat(dataSource.open()).isZero();
    assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
  }

  @Test
  void aCommandThatWritesStillCommitsInItsTransaction() {
    Task task = engine.getTaskService().createTaskQuery().singleResult();

    engine.getTaskService().complete(task.getId());

    assertThat(dataSource.commits).hasValue(1);
    assertThat(dataSource.begins).hasValue(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(dataSource.open()).isZero();
  }

  @Test
  void aQueryInsideATransactionSeesWhatItWroteAndGoesWithIt() {
    TransactionTemplate tx = new TransactionTemplate(transactions);

    long seenInside = tx.execute(status -> {
      engine.getRuntimeService().startProcessInstanceByKey("p");
      long seen = engine.getRuntimeService().createProcessInstanceQuery().count();
      status.setRollbackOnly();
      return seen;
    });

    assertThat(seenInside).isEqualTo(2);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isOne();
    assertThat(dataSource.commits).hasValue(0);
    assertThat(dataSource.rollbacks).hasValue(1);
  }

  @Test
  void aQueryThatFailsLeavesNoTransactionOrConnectionBehind() {
    // a list is not a value a query can compare: the engine refuses it inside the query's command
    assertThatThrownBy(() -> engine.getTaskService().createTaskQuery()
        .processVariableValueEquals("answers", new ArrayList<>(List.of("x"))).list())
        .isInstanceOf(ProcessEngineException.class);

    assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();
    assertThat(dataSource.begins).hasValue(0);
    assertThat(dataSource.open()).isZero();

    // and the engine carries on: a write commits, a query reads it
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().singleResult().getId());
    assertThat(dataSource.commits).hasValue(1);
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
  }

  @Test
  void withoutThePluginAQueryBeginsAndCommitsATransaction() {
    engine.close();
    engine = engine(false);
    engine.getRuntimeService().startProcessInstanceByKey("p");
    dataSource.reset();

    engine.getTaskService().createTaskQuery().list();

    assertThat(dataSource.begins).hasValue(1);
    assertThat(dataSource.commits).hasValue(1);
  }

  @Test
  void theInterceptorTakesSpringsPlaceInTheChain() {
    List<?> chain = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandInterceptorsTxRequired();

    assertThat(chain).hasAtLeastOneElementOfType(QueryWithoutTransactionPlugin.QueriesJoinOrRead.class);
    assertThat(chain).noneMatch(i -> i.getClass() == org.camunda.bpm.engine.spring.SpringTransactionInterceptor.class);
  }

  private ProcessEngine engine(boolean withPlugin) {
    JdbcDataSource h2 = new JdbcDataSource();
    int n = DATABASES.incrementAndGet();
    h2.setURL("jdbc:h2:mem:queries-without-transaction-" + n + ";DB_CLOSE_DELAY=-1");
    dataSource = new Counting(h2);
    transactions = new DataSourceTransactionManager(dataSource);
    SpringTransactionsProcessEngineConfiguration configuration = new SpringTransactionsProcessEngineConfiguration();
    configuration.setProcessEngineName("queries-without-transaction-" + n);
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactions);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    if (withPlugin) {
      configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new QueryWithoutTransactionPlugin())));
    }
    ProcessEngine built = configuration.buildProcessEngine();
    built.getRepositoryService().createDeployment()
        .addModelInstance("p.bpmn", Bpmn.createExecutableProcess("p").camundaHistoryTimeToLive(1)
            .startEvent().userTask("look").name("Look at it").endEvent().done())
        .deploy();
    return built;
  }

  /** Connections that count what they begin, commit and roll back, and how many are open. */
  static final class Counting extends DelegatingDataSource {
    final AtomicInteger begins = new AtomicInteger();
    final AtomicInteger commits = new AtomicInteger();
    final AtomicInteger rollbacks = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    Counting(DataSource target) {
      super(target);
    }

    void reset() {
      begins.set(0);
      commits.set(0);
      rollbacks.set(0);
    }

    int open() {
      return opened.get() - closed.get();
    }

    @Override
    public Connection getConnection() throws java.sql.SQLException {
      Connection target = super.getConnection();
      opened.incrementAndGet();
      return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            switch (method.getName()) {
              case "commit" -> commits.incrementAndGet();
              case "rollback" -> rollbacks.incrementAndGet();
              case "close" -> closed.incrementAndGet();
              case "setAutoCommit" -> {
                if (!(Boolean) args[0] && target.getAutoCommit()) {
                  begins.incrementAndGet();
                }
              }
              default -> { }
            }
            try {
              return method.invoke(target, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }
}
