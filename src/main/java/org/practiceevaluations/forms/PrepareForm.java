package org.practiceevaluations.forms;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.practiceevaluations.identity.TasklistFilterSetup;
import org.springframework.stereotype.Component;

/**
 * The task listener {@code prepareForm} every user task carries on create: loads what the form shows through the
 * task's {@link FormHandler} ({@link FormHandlers} finds it by the form id in the model).
 * Shows the form's values, and copies the variables a Tasklist card shows (evaluation, child, team) onto the
 * task: a member of staff may read their task's variables, not the whole process instance's.
 */
@Component("prepareForm")
public class PrepareForm implements TaskListener {

  private final FormHandlers handlers;

  public PrepareForm(FormHandlers handlers) {
    this.handlers = handlers;
  }

  @Override
  public void notify(DelegateTask task) {
    for (Map<String, String> card : TasklistFilterSetup.CARD_VARIABLES) {
      Object value = task.getVariable(card.get("name"));
      if (value != null) {
        task.setVariableLocal(card.get("name"), value);
      }
    }
    handlers.of(task).prepare(task)
        .forEach((name, value) -> task.setVariableLocal(name, FormHandlers.engineValue(value)));
  }
}
