package org.practiceevaluations.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringTransactionInterceptor;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the running application (its JPA transaction manager, its engine plugins), engine queries run without a
 * transaction of their own (ADR 0041): the interceptor is in the engine's chain in place of Spring's, a query joins
 * the transaction of the code that calls it, and a query that fails leaves nothing bound to the thread.
 */
@AppTest
class QueriesInTheApplicationTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void theEnginesChainHasTheQueryInterceptorInPlaceOfSprings() {
    List<?> chain = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandInterceptorsTxRequired();

    assertThat(transactionManager).isInstanceOf(JpaTransactionManager.class);
    assertThat(chain).hasAtLeastOneElementOfType(QueryWithoutTransactionPlugin.QueriesJoinOrRead.class);
    assertThat(chain).noneMatch(i -> i.getClass() == SpringTransactionInterceptor.class);
  }

  @Test
  void aQueryJoinsTheCallersTransactionAndSeesWhatItWrote() {
    TransactionTemplate tx = new TransactionTemplate(transactionManager);

    long seenInside = tx.execute(status -> {
      User user = identityService.newUser("query-joins-" + System.nanoTime());
      user.setFirstName("Transient");
      identityService.saveUser(user);
      long seen = identityService.createUserQuery().userId(user.getId()).count();
      status.setRollbackOnly();
      return seen;
    });

    assertThat(seenInside).isOne();
    assertThat(identityService.createUserQuery().userFirstName("Transient").count()).isZero();
  }

  @Test
  void aQueryThatFailsLeavesNothingBoundAndTheNextOneReads() {
    assertThatThrownBy(() -> taskService.createTaskQuery()
        .processVariableValueEquals("answers", new java.util.ArrayList<>(List.of("x"))).list())
        .isInstanceOf(ProcessEngineException.class);

    assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();
    assertThat(identityService.createUserQuery().userId("kmorgan").count()).isOne();
  }
}
