package org.practiceevaluations.engine.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.practiceevaluations.forms.FormDrafts;
import org.practiceevaluations.forms.PrepareForm;
import org.practiceevaluations.forms.SaveAnswers;
import org.practiceevaluations.forms.StartAnswers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task the {@link AnsweringTaskFormHandler} and a listener that deletes its drafts when it completes
 * or goes away ({@link FormDrafts}), and every process the {@link AnsweringStartFormHandler}, as the models are
 * deployed; and the engine a form service that adds, to a task's form variables, what its form shows that is read
 * when it is opened ({@link PrepareForm#shownOnDemand}, ADR 0033).
 */
@Component
public class FormSubmissionPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<SaveAnswers> listeners;
  private final ObjectProvider<StartAnswers> startAnswers;
  private final ObjectProvider<FormDrafts> drafts;
  private final ObjectProvider<ObjectMapper> json;
  private final ObjectProvider<PrepareForm> prepareForm;

  public FormSubmissionPlugin(ObjectProvider<SaveAnswers> listeners, ObjectProvider<StartAnswers> startAnswers,
      ObjectProvider<FormDrafts> drafts, ObjectProvider<ObjectMapper> json, ObjectProvider<PrepareForm> prepareForm) {
    this.json = json;
    this.prepareForm = prepareForm;
    this.listeners = listeners;
    this.startAnswers = startAnswers;
    this.drafts = drafts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFormService(new FormServiceShowingOnDemand(prepareForm));
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          TaskDefinition definition = behavior.getTaskDefinition();
          definition.setTaskFormHandler(new AnsweringTaskFormHandler(definition.getTaskFormHandler(), listeners));
          // a task that completes or goes away takes its drafts with it (ADR 0021), in the same transaction
          TaskListener forgetDrafts = task -> drafts.getObject().forget(task.getId());
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, forgetDrafts);
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, forgetDrafts);
        }
      }

      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (processDefinition.getStartFormHandler() != null
            && !(processDefinition.getStartFormHandler() instanceof AnsweringStartFormHandler)) {
          processDefinition.setStartFormHandler(
              new AnsweringStartFormHandler(processDefinition.getStartFormHandler(), startAnswers, json));
        }
      }
    });
  }

  /**
   * The engine's form service (Java API and {@code GET /task/{id}/form-variables}, which Tasklist opens a form with),
   * adding to a task's form variables what its form shows that is read on demand. The engine's own command runs first,
   * with its authorization check: who may not read the task's variables gets nothing more.
   */
  static final class FormServiceShowingOnDemand extends org.camunda.bpm.engine.impl.FormServiceImpl {

    private final ObjectProvider<PrepareForm> prepareForm;

    FormServiceShowingOnDemand(ObjectProvider<PrepareForm> prepareForm) {
      this.prepareForm = prepareForm;
    }

    @Override
    public org.camunda.bpm.engine.variable.VariableMap getTaskFormVariables(String taskId,
        java.util.Collection<String> formVariables, boolean deserializeObjectValues) {
      org.camunda.bpm.engine.variable.VariableMap variables =
          super.getTaskFormVariables(taskId, formVariables, deserializeObjectValues);
      java.util.Map<String, Object> shown = commandExecutor.execute(context -> {
        org.camunda.bpm.engine.impl.persistence.entity.TaskEntity task =
            context.getTaskManager().findTaskById(taskId);
        return task == null ? java.util.Map.<String, Object>of() : prepareForm.getObject().shownOnDemand(task);
      });
      shown.forEach((name, value) -> {
        if ((formVariables == null || formVariables.contains(name)) && !variables.containsKey(name)) {
          variables.putValue(name, value);
        }
      });
      return variables;
    }
  }
}
