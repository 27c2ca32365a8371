package org.practiceevaluations.forms;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What happens around one Camunda Form ({@code forms/<formId>.form}) wherever a process uses it: what the form is
 * shown with, and how its answers are checked and saved. Handlers are Spring beans found by {@link #formId()}.
 */
public interface FormHandler {

  /** The id of the form in {@code forms/}. */
  String formId();

  /** Values the form shows (task-local variables: they live and die with the task). */
  default Map<String, Object> prepare(DelegateTask task) {
    return Map.of();
  }

  /**
   * Checks and saves the answers in the task's transaction. Returns the process variables the model routes on;
   * the submitted fields themselves are then removed from the process (the evaluation tables hold them).
   * Bad answers: record problems on {@code answers} and call {@link FormAnswers#throwIfInvalid()}.
   */
  Map<String, Object> save(DelegateTask task, FormAnswers answers);
}
