package org.practiceevaluations.common;

import java.util.function.Supplier;

/**
 * Runs an engine call with the application's rights rather than the logged-in person's, after the application
 * has itself checked that the person may do it. Example: an auditor raising a safety escalation may not update
 * the evaluation's process instance herself, but the application correlates the escalation message for her.
 * Inside an engine command (a form being submitted) the command's authorization checks are paused; outside one
 * (a REST call) the person's authentication is set aside for the call.
 *
 * <p>The engine adapter implements it ({@code org.practiceevaluations.engine.EngineAsApplication}): the
 * capabilities never touch the engine's internals (docs/adr/0028).
 */
public interface AsApplication {

  /** Runs {@code work} with the application's rights and returns what it returns. */
  <T> T call(Supplier<T> work);
}
