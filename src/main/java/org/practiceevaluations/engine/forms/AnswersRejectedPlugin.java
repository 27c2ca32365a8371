package org.practiceevaluations.engine.forms;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.practiceevaluations.forms.AnswersRejected;
import org.springframework.stereotype.Component;

/**
 * The engine boundary of {@link AnswersRejected}: a command that fails with it (a form handler, a start step or a
 * delegate refusing what a person sent) leaves the engine as the engine's own {@link FormFieldValidationException}
 * with the same message, the one refusal Tasklist shows and the REST API answers with 400. So the capabilities throw
 * their own exception and what people see is unchanged.
 */
@Component
public class AnswersRejectedPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new Translating());
    configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(0, new Translating());
  }

  /** The engine's refusal for the application's. */
  public static FormFieldValidationException translated(AnswersRejected rejected) {
    return new FormFieldValidationException(rejected.field(), rejected.getMessage(), rejected);
  }

  static final class Translating extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (AnswersRejected rejected) {
        throw translated(rejected);
      }
    }
  }
}
