package org.practiceevaluations.evaluation;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.common.StepFailure;
import org.practiceevaluations.common.TransactionMemo;
import org.springframework.stereotype.Component;

/**
 * Which evaluation a process is about, found from the process itself, never from a variable: the evaluation whose
 * row is linked to this process instance or to one that called it (the moderation is called by the evaluation),
 * or the current evaluation of the case of concern linked to it. Delegates and form handlers ask here, so no value
 * sent with a task or a start can point a process at another child.
 */
@Component
public class ProcessEvaluations {

  private final EvaluationRepository evaluations;
  private final List<EvaluationFollowers> followers;
  /** Process instance to the id of the evaluation linked to it, for the current transaction. */
  private final TransactionMemo<String, Long> linkedIds = new TransactionMemo<>();

  public ProcessEvaluations(EvaluationRepository evaluations, List<EvaluationFollowers> followers) {
    this.evaluations = evaluations;
    this.followers = followers;
  }

  /** The evaluation of this process, or empty for a process about no one evaluation (a report, a QA meeting). */
  public Optional<Evaluation> of(DelegateExecution execution) {
    for (DelegateExecution instance = execution.getProcessInstance(); instance != null;
        instance = instance.getSuperExecution() == null ? null : instance.getSuperExecution().getProcessInstance()) {
      Optional<Evaluation> linked = linkedTo(instance.getId());
      if (linked.isPresent()) {
        return linked;
      }
      for (EvaluationFollowers follower : followers) {
        Optional<Evaluation> followed = follower.evaluationReferenceOf(instance.getId())
            .flatMap(evaluations::findByReference);
        if (followed.isPresent()) {
          return followed;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The evaluation whose row names this process instance. A transaction asks many times (the form's handler, the
   * task's listeners, the steps after it, the next task's form): the first answer is remembered for the rest of the
   * transaction as the evaluation's id, which the persistence context then answers without a query. The link of an
   * evaluation to its process never changes, so what is remembered stays true; a link not found is never remembered
   * (the step that prepares the evaluation writes it during the transaction).
   */
  private Optional<Evaluation> linkedTo(String processInstanceId) {
    return linkedIds.entity(processInstanceId, evaluations::findByProcessInstanceId, Evaluation::getId,
        evaluations::findById).filter(e -> processInstanceId.equals(e.getProcessInstanceId()));
  }

  public Optional<Evaluation> of(DelegateTask task) {
    return of(task.getExecution());
  }

  /**
   * The reference of the evaluation a step is about: the linked one; in a process linked to no evaluation (the
   * QA meeting follows each further deadline of an evaluation in a sub-process), the one the application named in
   * the sub-process's own {@code evaluationReference} (which no person can write: {@code PersonWritesPlugin}).
   * Fails plainly, an incident in Cockpit, when there is none.
   */
  public String referenceOf(DelegateExecution execution) {
    Optional<Evaluation> linked = of(execution);
    if (linked.isPresent()) {
      return linked.get().getReference();
    }
    Optional<String> named = namedReference(execution);
    if (named.isPresent()) {
      return named.get();
    }
    throw new IllegalStateException(StepFailure.STEP_STOPPED.say("No evaluation is linked to process instance "
        + execution.getProcessInstanceId() + " (" + execution.getCurrentActivityId() + ")."));
  }

  /** As {@link #referenceOf(DelegateExecution)}, empty where the process is about no evaluation. */
  public Optional<String> referenceIfAny(DelegateExecution execution) {
    Optional<Evaluation> linked = of(execution);
    if (linked.isPresent()) {
      return Optional.of(linked.get().getReference());
    }
    return namedReference(execution);
  }

  /**
   * The evaluation a process linked to none names in its own {@code evaluationReference} (which no person can
   * write); ask {@link #of(DelegateExecution)} first.
   */
  public Optional<String> namedReference(DelegateExecution execution) {
    String named = PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE.get(execution);
    return named == null || named.isBlank() ? Optional.empty() : Optional.of(named.trim());
  }
}
