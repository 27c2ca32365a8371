package org.practiceevaluations.engine.access;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.springframework.stereotype.Component;

/**
 * A job run refused for lack of rights has not failed. Camunda 7.24 counts it as a failed run all the same: a
 * {@code POST /job/{id}/execute} by someone without the right answers 403, yet the job loses a retry and its due
 * date moves to five minutes from now (an auditor's reminder mailed weeks early; three such calls and the overdue
 * timer becomes an incident). The door ({@link EngineApiGate}) refuses such calls before the engine sees them; this
 * makes sure that, whatever path a refused run takes, the job is left exactly as it was.
 */
@Component
public class RefusedJobPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    FailedJobCommandFactory engines = configuration.getFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory((jobId, exception) -> refusal(exception)
        ? commandContext -> null
        : engines.getCommand(jobId, exception));
  }

  static boolean refusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof AuthorizationException) {
        return true;
      }
    }
    return false;
  }
}
