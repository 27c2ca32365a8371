package org.practiceevaluations.engine.forms;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.practiceevaluations.forms.SaveAnswers;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Wraps a user task's form handler: when a form is submitted (Tasklist's "Complete"), the answers are handed to the
 * form's handler, checked and saved before the task completes, instead of being set on the process instance. A refusal then leaves the engine as the
 * {@code FormFieldValidationException} itself, which the REST APIs answer with 400 and the message Tasklist shows.
 */
public class AnsweringTaskFormHandler implements TaskFormHandler {

  private final TaskFormHandler delegate;
  private final ObjectProvider<SaveAnswers> listeners;

  public AnsweringTaskFormHandler(TaskFormHandler delegate, ObjectProvider<SaveAnswers> listeners) {
    this.delegate = delegate;
    this.listeners = listeners;
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    return delegate.createTaskForm(task);
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
    delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    if (variableScope instanceof DelegateTask task && task.getBpmnModelElementInstance() != null
        && ((org.camunda.bpm.model.bpmn.instance.UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef()
            != null) {
      // the answers go to the form's handler, not into the process instance (ADR 0009)
      delegate.submitFormVariables(Variables.createVariables(), variableScope);
      listeners.getObject().answer(task, properties);
      return;
    }
    delegate.submitFormVariables(properties, variableScope);
  }
}
