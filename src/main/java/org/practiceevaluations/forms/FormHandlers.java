package org.practiceevaluations.forms;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Every form's {@link FormHandler}, by form id (the user task's {@code camunda:formRef}): what {@link PrepareForm}
 * and {@link SaveAnswers} hand over to.
 */
@Component
public class FormHandlers {

  /** The engine keeps a text variable in a column of 4,000 characters (ACT_RU_VARIABLE.TEXT_ and its history). */
  static final int ENGINE_TEXT_LIMIT = 4_000;

  private final Map<String, FormHandler> handlers;

  public FormHandlers(List<FormHandler> handlers) {
    this.handlers = handlers.stream().collect(Collectors.toMap(FormHandler::formId, Function.identity()));
  }

  FormHandler of(DelegateTask task) {
    UserTask element = (UserTask) task.getBpmnModelElementInstance();
    String formId = element == null ? null : element.getCamundaFormRef();
    FormHandler handler = formId == null ? null : handlers.get(formId);
    if (handler == null) {
      throw new IllegalStateException("No form handler for the form '" + formId + "' of task "
          + task.getTaskDefinitionKey() + ".");
    }
    return handler;
  }

  /** The ids of every form that has a handler (the model check uses it). */
  public Set<String> formIds() {
    return handlers.keySet();
  }

  static Object engineValue(Object value) {
    if (value instanceof String text && text.length() > ENGINE_TEXT_LIMIT) {
      return Variables.objectValue(text).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
    return value;
  }

}
