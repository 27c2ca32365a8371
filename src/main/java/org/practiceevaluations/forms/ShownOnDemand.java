package org.practiceevaluations.forms;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Values a form shows that are read when the form is opened instead of being copied onto its task when the task is
 * created (the evaluation's case facts, ADR 0033): a task then costs no variable rows for them, and the form shows
 * them as they are now. Implemented by the capability that knows them; {@link PrepareForm} and the engine's form
 * service ({@code engine.forms.FormSubmissionPlugin}) use it.
 */
public interface ShownOnDemand {

  /** The names of the values read on demand. */
  Set<String> names();

  /** Runs a form's preparation at its task's creation, during which the on-demand values are named, not read. */
  <T> T namingOnly(Supplier<T> prepare);

  /** The values, read now, for the task's form. */
  Map<String, Object> read(DelegateTask task);
}
