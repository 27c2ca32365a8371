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
import org.practiceevaluations.forms.SaveAnswers;
import org.practiceevaluations.forms.StartAnswers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task the {@link AnsweringTaskFormHandler} and a listener that deletes its drafts when it completes
 * or goes away ({@link FormDrafts}), and every process the {@link AnsweringStartFormHandler}, as the models are
 * deployed.
 */
@Component
public class FormSubmissionPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<SaveAnswers> listeners;
  private final ObjectProvider<StartAnswers> startAnswers;
  private final ObjectProvider<FormDrafts> drafts;
  private final ObjectProvider<ObjectMapper> json;

  public FormSubmissionPlugin(ObjectProvider<SaveAnswers> listeners, ObjectProvider<StartAnswers> startAnswers,
      ObjectProvider<FormDrafts> drafts, ObjectProvider<ObjectMapper> json) {
    this.json = json;
    this.listeners = listeners;
    this.startAnswers = startAnswers;
    this.drafts = drafts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
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
}
