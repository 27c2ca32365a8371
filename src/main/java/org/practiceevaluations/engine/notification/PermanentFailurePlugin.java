package org.practiceevaluations.engine.notification;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.practiceevaluations.notification.PermanentNotificationFailure;
import org.springframework.stereotype.Component;

/**
 * A job that failed with a {@link PermanentNotificationFailure} (a refused API key, say) becomes an incident at once,
 * instead of being tried again three times over ten minutes to the same answer; every other failure follows the
 * retry cycle as before.
 */
@Component
public class PermanentFailurePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory((jobId, exception) -> new RetryCmd(jobId, exception));
  }

  static boolean permanent(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof PermanentNotificationFailure) {
        return true;
      }
    }
    return false;
  }

  /** The engine's own retry command, except for a permanent failure: retries 0, so the incident shows now. */
  static class RetryCmd extends DefaultJobRetryCmd {
    RetryCmd(String jobId, Throwable exception) {
      super(jobId, exception);
    }

    @Override
    public Object execute(CommandContext commandContext) {
      if (!permanent(exception)) {
        return super.execute(commandContext);
      }
      JobEntity job = getJob();
      if (job == null) {
        return null;
      }
      job.unlock();
      logException(job);
      job.setRetries(0);
      notifyAcquisition(commandContext);
      return null;
    }
  }
}
