package org.practiceevaluations.engine.forms;

import java.util.ArrayList;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Two people complete the same task at once (a shared group task, a manager covering for a colleague): the
 * engine lets one through and refuses the other when its transaction commits. This turns that refusal, and a form
 * submitted for a task someone has just completed, into a plain message Tasklist shows (HTTP 400), instead of
 * the engine's "Entity was updated by another transaction concurrently". Nothing of the second submission is kept.
 */
@Component
public class ConcurrentCompletionPlugin extends AbstractProcessEnginePlugin {

  public static final String MESSAGE = "Someone else completed this task just now, so your answers were not saved. "
      + "Refresh Tasklist to see what happens next.";
  public static final String GONE = "This task is no longer open: someone may have completed it just now. "
      + "Refresh Tasklist to see what happens next.";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (!(command instanceof SubmitTaskFormCmd)) {
          return next.execute(command);
        }
        try {
          return next.execute(command);
        } catch (OptimisticLockingException | OptimisticLockingFailureException e) {
          throw new FormFieldValidationException("task", MESSAGE, e);
        } catch (NullValueException e) {
          if (e.getMessage() != null && e.getMessage().contains("Cannot find task")) {
            throw new FormFieldValidationException("task", GONE, e);
          }
          // The other completion committed while this one was still loading the process: its executions are gone.
          if (e.getMessage() != null && e.getMessage().contains("Cannot restore state of process instance")) {
            throw new FormFieldValidationException("task", MESSAGE, e);
          }
          throw e;
        }
      }
    });
  }
}
