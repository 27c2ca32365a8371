package org.practiceevaluations.evaluation.forms;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
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

  /** The engine keeps a text variable in a column of 4,000 characters (ACT_RU_VARIABLE.TEXT_ and its history). */
  static final int ENGINE_TEXT_LIMIT = 4_000;

  /**
   * Task variable: the form shows the evaluation's case facts ({@link FormSupport#caseFacts}), read when the form is
   * opened ({@link #shownOnDemand}) instead of kept on the task (ADR 0033).
   */
  static final String CASE_FACTS_ON_DEMAND = "caseFactsShown";

  private final Map<String, FormHandler> handlers;
  private final Clock clock;
  private final org.springframework.beans.factory.ObjectProvider<FormSupport> support;

  public FormListeners(List<FormHandler> handlers, Clock clock,
      org.springframework.beans.factory.ObjectProvider<FormSupport> support) {
    this.handlers = handlers.stream().collect(Collectors.toMap(FormHandler::formId, Function.identity()));
    this.clock = clock;
    this.support = support;
  }

  /**
   * Shows the form's values, and copies the variables a Tasklist card shows (evaluation, child, team) onto the
   * task: a member of staff may read their task's variables, not the whole process instance's. The case facts a
   * form shows (the child, the team, the people, the due date: about 18 values) are not copied: they are read from
   * the evaluation when the form is opened ({@link #shownOnDemand}), so a task costs no variable rows for them
   * (written when it was created and deleted when it ended: ADR 0033); a mark on the task says its form shows them.
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
      FormHandler handler = handlerOf(task);
      Map<String, Object> shown = support.getObject().withFactsOnDemand(() -> handler.prepare(task));
      boolean onDemand = shown.keySet().containsAll(FormSupport.CASE_FACT_NAMES);
      shown.forEach((name, value) -> {
        if (!onDemand || !FormSupport.CASE_FACT_NAMES.contains(name)) {
          task.setVariableLocal(name, engineValue(value));
        }
      });
      if (onDemand) {
        task.setVariableLocal(CASE_FACTS_ON_DEMAND, true);
      }
    };
  }

  /**
   * What the task's form shows that is read when it is opened, not kept on the task: the evaluation's case facts,
   * for a task whose form shows them (as they are now: a change of team or of people since the task was created
   * shows). Empty for any other task.
   */
  public Map<String, Object> shownOnDemand(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariableLocal(CASE_FACTS_ON_DEMAND))) {
      return Map.of();
    }
    FormSupport forms = support.getObject();
    return forms.caseFacts(forms.evaluation(task));
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

  /**
   * Checks and saves the answers of a task completed with its answers set as variables ({@code
   * taskService.complete(id, variables)}, {@code POST /task/{id}/complete}); refuses with every problem. The answers
   * read are then removed from the process instance.
   */
  public void answer(DelegateTask task) {
    FormHandler handler = handlerOf(task);
    // the answers are on the execution; a value the form shows under the same name (the evaluation's list of
    // sections) is the task's own and would shadow them
    FormAnswers answers = new FormAnswers(key -> {
      Object answered = task.getExecution().getVariable(key);
      return answered != null ? answered : task.getVariable(key);
    }, clock);
    Map<String, Object> routing = new HashMap<>(handler.save(task, answers));
    for (String key : answers.keysRead()) {
      if (task.getExecution().getVariable(key) instanceof String text && text.length() > ENGINE_TEXT_LIMIT) {
        answers.problem("An answer longer than " + ENGINE_TEXT_LIMIT + " characters can only be sent as a form "
            + "(submit-form, as Tasklist does), not as a variable of a completed task.");
        break;
      }
    }
    answers.throwIfInvalid();
    for (String key : answers.keysRead()) {
      boolean answerUnderAShownName = task.hasVariableLocal(key) && task.getExecution().getVariable(key) != null;
      if ((!task.hasVariableLocal(key) || answerUnderAShownName) && !routing.containsKey(key)
          && task.getExecution().hasVariable(key)) {
        task.getExecution().removeVariable(key);
      }
    }
    routing.forEach((name, value) -> task.getExecution().setVariable(name, engineValue(value)));
    task.setVariableLocal(ANSWERED, Variables.booleanValue(true, true));
  }

  /**
   * Checks and saves the answers of a submitted form (ADR 0009); refuses with every problem. The answers the form's
   * handler reads never become process variables: the record is the application's tables, so a long text is not
   * limited by the engine's variable columns and a child's details are not copied into the engine's history. What
   * the handler does not read (a field a process owner added in Modeler) is set as a variable, as the engine would,
   * and so are the few variables the model routes on.
   */
  public void answer(DelegateTask task, VariableMap submitted) {
    FormHandler handler = handlerOf(task);
    FormAnswers answers = new FormAnswers(
        name -> submitted.containsKey(name) ? plain(submitted.getValueTyped(name)) : task.getVariable(name),
        clock);
    Map<String, Object> routing = new HashMap<>(handler.save(task, answers));
    answers.throwIfInvalid();
    for (String name : submitted.keySet()) {
      if (!answers.keysRead().contains(name) && !routing.containsKey(name)) {
        task.setVariable(name, submitted.getValueTyped(name));
      }
    }
    routing.forEach((name, value) -> task.getExecution().setVariable(name, engineValue(value)));
    task.setVariableLocal(ANSWERED, Variables.booleanValue(true, true));
  }

  /**
   * A variable the model routes on or a later step reads (the team's case note for the child's record, a decision's
   * reason): a text longer than the engine's text column is kept as a JSON value (stored in the engine's byte
   * arrays), which reads back as the same text.
   */
  static Object engineValue(Object value) {
    if (value instanceof String text && text.length() > ENGINE_TEXT_LIMIT) {
      return Variables.objectValue(text).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
    return value;
  }

  /** A submitted value as the handlers read it; a JSON value sent serialized (REST) as its JSON text. */
  static Object plain(TypedValue value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    return value.getValue();
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
