package org.practiceevaluations.engine.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.practiceevaluations.access.FormFields;
import org.practiceevaluations.forms.StartAnswers;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Wraps a process's start form handler: when a start form is submitted, its free text (a text area, or a text
 * field the form allows more than a line for) is kept in the application's table ({@link StartAnswers}) instead of
 * becoming a process variable, and a text longer than the form allows is refused with a message. The process's
 * first step takes the text into its own table, in the same transaction.
 */
public class AnsweringStartFormHandler implements StartFormHandler {

  /** The most a free-text answer may hold when its form sets no limit (the application's text columns). */
  public static final int FREE_TEXT_LIMIT = 20_000;

  private final StartFormHandler delegate;
  private final ObjectProvider<StartAnswers> startAnswers;
  private final ObjectProvider<ObjectMapper> json;

  public AnsweringStartFormHandler(StartFormHandler delegate, ObjectProvider<StartAnswers> startAnswers,
      ObjectProvider<ObjectMapper> json) {
    this.json = json;
    this.delegate = delegate;
    this.startAnswers = startAnswers;
  }

  @Override
  public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
    return delegate.createStartFormData(processDefinition);
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
    delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    if (!(variableScope instanceof ExecutionEntity instance) || properties.isEmpty()) {
      delegate.submitFormVariables(properties, variableScope);
      return;
    }
    FormFields form = startForm(instance.getProcessDefinitionId());
    VariableMap variables = Variables.createVariables();
    List<String> problems = new ArrayList<>();
    List<Runnable> keep = new ArrayList<>();
    for (String name : properties.keySet()) {
      TypedValue value = properties.getValueTyped(name);
      FormFields.Field field = form.field(name);
      if (field != null && value != null && value.getValue() instanceof String text) {
        int limit = field.maxLength() > 0 ? field.maxLength()
            : field.kind() == FormFields.Kind.FREE_TEXT ? FREE_TEXT_LIMIT : 0;
        if (limit > 0 && text.length() > limit) {
          problems.add("The answer to '" + name + "' is longer than " + String.format("%,d", limit)
              + " characters.");
          continue;
        }
        if (field.kind() == FormFields.Kind.FREE_TEXT) {
          keep.add(() -> startAnswers.getObject().keep(instance.getProcessInstanceId(), name, text));
          continue;
        }
      }
      variables.putValueTyped(name, value);
    }
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException("start", String.join(" ", problems));
    }
    keep.forEach(Runnable::run);
    delegate.submitFormVariables(variables, variableScope);
  }

  private FormFields startForm(String processDefinitionId) {
    CommandContext context = Context.getCommandContext();
    boolean checking = context.isAuthorizationCheckEnabled();
    context.disableAuthorizationCheck();
    try (InputStream form = new GetDeployedStartFormCmd(processDefinitionId).execute(context)) {
      return FormFields.read(form, json.getObject());
    } catch (org.camunda.bpm.engine.BadUserRequestException e) {
      return FormFields.none();
    } catch (IOException e) {
      throw new IllegalStateException("The start form could not be read.", e);
    } finally {
      if (checking) {
        context.enableAuthorizationCheck();
      }
    }
  }
}
