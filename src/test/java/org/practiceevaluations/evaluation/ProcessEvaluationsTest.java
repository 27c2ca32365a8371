package org.practiceevaluations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transaction asks for the evaluation of its process many times; the link is looked up once and then answered by
 * the evaluation's id (the persistence context's, no query). Outside a transaction, and in the next one, it is
 * looked up again; a process not yet linked is never remembered as unlinked.
 */
class ProcessEvaluationsTest {

  private final EvaluationRepository repository = mock(EvaluationRepository.class);
  private final ProcessEvaluations processEvaluations = new ProcessEvaluations(repository, List.of());
  private final Evaluation evaluation = mock(Evaluation.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);

  ProcessEvaluationsTest() {
    when(evaluation.getId()).thenReturn(42L);
    when(evaluation.getProcessInstanceId()).thenReturn("pi-1");
    when(execution.getProcessInstance()).thenReturn(execution);
    when(execution.getId()).thenReturn("pi-1");
    when(repository.findById(42L)).thenReturn(Optional.of(evaluation));
  }

  @AfterEach
  void endTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      complete();
    }
  }

  @Test
  void inOneTransactionTheLinkIsLookedUpOnce() {
    when(repository.findByProcessInstanceId("pi-1")).thenReturn(Optional.of(evaluation));
    TransactionSynchronizationManager.initSynchronization();

    assertThat(processEvaluations.of(execution)).contains(evaluation);
    assertThat(processEvaluations.of(execution)).contains(evaluation);
    assertThat(processEvaluations.of(execution)).contains(evaluation);

    verify(repository, times(1)).findByProcessInstanceId("pi-1");
    verify(repository, times(2)).findById(42L);
  }

  @Test
  void theNextTransactionLooksItUpAgain() {
    when(repository.findByProcessInstanceId("pi-1")).thenReturn(Optional.of(evaluation));
    TransactionSynchronizationManager.initSynchronization();
    processEvaluations.of(execution);
    complete();

    TransactionSynchronizationManager.initSynchronization();
    processEvaluations.of(execution);

    verify(repository, times(2)).findByProcessInstanceId("pi-1");
    assertThat(TransactionSynchronizationManager.getResourceMap()).hasSize(1);
  }

  @Test
  void outsideATransactionEveryCallLooksItUp() {
    when(repository.findByProcessInstanceId("pi-1")).thenReturn(Optional.of(evaluation));

    processEvaluations.of(execution);
    processEvaluations.of(execution);

    verify(repository, times(2)).findByProcessInstanceId("pi-1");
    assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
  }

  @Test
  void aProcessNotYetLinkedIsLookedUpAgainOnceTheEvaluationIsWritten() {
    when(repository.findByProcessInstanceId("pi-1")).thenReturn(Optional.empty(), Optional.of(evaluation));
    TransactionSynchronizationManager.initSynchronization();

    assertThat(processEvaluations.of(execution)).isEmpty();
    assertThat(processEvaluations.of(execution)).contains(evaluation);

    verify(repository, times(2)).findByProcessInstanceId("pi-1");
  }

  /** What the transaction manager does when a transaction ends. */
  private static void complete() {
    List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
    TransactionSynchronizationManager.clearSynchronization();
    synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
  }
}
