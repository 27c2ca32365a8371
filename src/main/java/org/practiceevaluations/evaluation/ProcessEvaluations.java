package org.practiceevaluations.evaluation;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.common.StepFailure;
import org.practiceevaluations.concern.CaseOfConcernRepository;
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
  private final CaseOfConcernRepository concerns;

  public ProcessEvaluations(EvaluationRepository evaluations, CaseOfConcernRepository concerns) {
    this.evaluations = evaluations;
    this.concerns = concerns;
  }

  /** The evaluation of this process, or empty for a process about no one evaluation (a report, a QA meeting). */
  public Optional<Evaluation> of(DelegateExecution execution) {
    for (DelegateExecution instance = execution.getProcessInstance(); instance != null;
        instance = instance.getSuperExecution() == null ? null : instance.getSuperExecution().getProcessInstance()) {
      Optional<Evaluation> linked = evaluations.findByProcessInstanceId(instance.getId());
      if (linked.isPresent()) {
        return linked;
      }
      Optional<Evaluation> concern = concerns.findByProcessInstanceId(instance.getId())
          .flatMap(c -> evaluations.findByReference(c.getCurrentEvaluationReference()));
      if (concern.isPresent()) {
        return concern;
      }
    }
    return Optional.empty();
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
    String named = PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE.get(execution);
    if (named != null && !named.isBlank()) {
      return named.trim();
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
    String named = PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE.get(execution);
    return named == null || named.isBlank() ? Optional.empty() : Optional.of(named.trim());
  }
}
