package org.practiceevaluations.evaluation.forms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two task listeners every user task carries: {@code prepareForm} on create (loads what the form shows) and
 * {@code saveAnswers} on complete (checks and saves the answers). Both find the task's form id in the model and
 * hand over to that form's {@link FormHandler}.
 */
@Configuration
public class FormListeners {

  /** Transient task variable: the answers of this task have been saved in this transaction. */
  static final String ANSWERED = "answersSaved";

  private final Map<String, FormHandler> handlers;
  private final Clock clock;

  public FormListeners(List<FormHandler> handlers, Clock clock) {
    this.handlers = handlers.stream().collect(Collectors.toMap(FormHandler::formId, Function.identity()));
    this.clock = clock;
  }

  /**
   * Shows the form's values, and copies the variables a Tasklist card shows (evaluation, child, team) onto the
   * task: a member of staff may read their task's variables, not the whole process instance's.
   */
  @Bean("prepareForm")
  public TaskListener prepareForm() {
    return task -> {
      for (Map<String, String> card : org.practiceevaluations.identity.TasklistFilterSetup.CARD_VARIABLES) {
        Object value = task.getVariable(card.get("name"));
        if (value != null) {
          task.setVariableLocal(card.get("name"), value);
        }
      }
      handlerOf(task).prepare(task).forEach(task::setVariableLocal);
    };
  }

  /**
   * Saves the answers when the task completes, unless {@link AnsweringTaskFormHandler} already did when the form
   * was submitted (Tasklist's way): then a refusal reaches Tasklist as a clean 400 with the message, instead of a
   * listener failure wrapped by the engine.
   */
  @Bean("saveAnswers")
  public TaskListener saveAnswers() {
    return task -> {
      if (task.getVariableLocal(ANSWERED) == null) {
        answer(task);
      }
    };
  }

  /** Checks and saves the task's answers (see {@link FormHandler#save}); refuses with every problem. */
  public void answer(DelegateTask task) {
    FormHandler handler = handlerOf(task);
    FormAnswers answers = new FormAnswers(task, LocalDate.now(clock));
    Map<String, Object> routing = new HashMap<>(handler.save(task, answers));
    answers.throwIfInvalid();
    for (String key : answers.keysRead()) {
      if (!task.hasVariableLocal(key) && !routing.containsKey(key) && task.getExecution().hasVariable(key)) {
        task.getExecution().removeVariable(key);
      }
    }
    routing.forEach(task.getExecution()::setVariable);
    task.setVariableLocal(ANSWERED, Variables.booleanValue(true, true));
  }

  FormHandler handlerOf(DelegateTask task) {
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
  public java.util.Set<String> formIds() {
    return handlers.keySet();
  }
}
