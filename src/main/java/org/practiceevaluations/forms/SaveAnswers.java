package org.practiceevaluations.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import static org.practiceevaluations.forms.FormHandlers.ENGINE_TEXT_LIMIT;
import static org.practiceevaluations.forms.FormHandlers.engineValue;

/**
 * The task listener {@code saveAnswers} every user task carries on complete: checks and saves the answers through
 * the task's {@link FormHandler} ({@link FormHandlers} finds it by the form id in the model),
 * unless {@code engine.forms.AnsweringTaskFormHandler} already did when the form
 * was submitted (Tasklist's way): then a refusal reaches Tasklist as a clean 400 with the message, instead of a
 * listener failure wrapped by the engine.
 */
@Component("saveAnswers")
public class SaveAnswers implements TaskListener {

  /** Transient task variable: the answers of this task have been saved in this transaction. */
  static final String ANSWERED = "answersSaved";

  private final FormHandlers handlers;
  private final Clock clock;
  private final ObjectMapper json;

  public SaveAnswers(FormHandlers handlers, Clock clock, ObjectMapper json) {
    this.handlers = handlers;
    this.clock = clock;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getVariableLocal(ANSWERED) == null) {
      answer(task);
    }
  }

  /**
   * Checks and saves the answers of a task completed with its answers set as variables ({@code
   * taskService.complete(id, variables)}, {@code POST /task/{id}/complete}); refuses with every problem. The answers
   * read are then removed from the process instance.
   */
  public void answer(DelegateTask task) {
    FormHandler handler = handlers.of(task);
    // the answers are on the execution; a value the form shows under the same name (the evaluation's list of
    // sections) is the task's own and would shadow them
    FormAnswers answers = new FormAnswers(key -> {
      Object answered = task.getExecution().getVariable(key);
      return answered != null ? answered : task.getVariable(key);
    }, clock, json);
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
    FormHandler handler = handlers.of(task);
    FormAnswers answers = new FormAnswers(
        name -> submitted.containsKey(name) ? plain(submitted.getValueTyped(name)) : task.getVariable(name),
        clock, json);
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
}
