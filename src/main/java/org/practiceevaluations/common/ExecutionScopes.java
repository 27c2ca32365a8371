package org.practiceevaluations.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Whether a step runs in an execution of its own: the engine creates one for an activity that is a scope (a
 * boundary event, input/output mappings, a multi-instance body), and a retried or repeated step is then told apart
 * by its parent. The public API does not say; the engine adapter answers from the engine's internals
 * ({@code org.practiceevaluations.engine.EngineExecutionScopes}, docs/adr/0028).
 */
public interface ExecutionScopes {

  /** True when the execution was created for its current activity (the activity is a scope). */
  boolean isScopeOfItsOwn(DelegateExecution execution);
}
