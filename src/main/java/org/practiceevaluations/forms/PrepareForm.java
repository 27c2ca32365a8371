package org.practiceevaluations.forms;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.practiceevaluations.identity.TasklistFilterSetup;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The task listener {@code prepareForm} every user task carries on create: loads what the form shows through the
 * task's {@link FormHandler} ({@link FormHandlers} finds it by the form id in the model).
 * Shows the form's values, and copies the variables a Tasklist card shows (evaluation, child, team) onto the
 * task: a member of staff may read their task's variables, not the whole process instance's. The case facts a form
 * shows (the child, the team, the people, the due date: about 18 values) are not copied: they are read when the
 * form is opened ({@link #shownOnDemand}, {@link ShownOnDemand}), so a task costs no variable rows for them (written
 * when it was created and deleted when it ended: ADR 0033); a mark on the task says its form shows them.
 */
@Component("prepareForm")
public class PrepareForm implements TaskListener {

  /** Task variable: the form shows values read when it is opened ({@link #shownOnDemand}). */
  static final String SHOWN_ON_DEMAND = "caseFactsShown";

  private final FormHandlers handlers;
  private final ObjectProvider<ShownOnDemand> onDemand;

  public PrepareForm(FormHandlers handlers, ObjectProvider<ShownOnDemand> onDemand) {
    this.handlers = handlers;
    this.onDemand = onDemand;
  }

  @Override
  public void notify(DelegateTask task) {
    for (Map<String, String> card : TasklistFilterSetup.CARD_VARIABLES) {
      Object value = task.getVariable(card.get("name"));
      if (value != null) {
        task.setVariableLocal(card.get("name"), value);
      }
    }
    FormHandler handler = handlers.of(task);
    ShownOnDemand later = onDemand.getIfAvailable();
    Map<String, Object> shown = later == null ? handler.prepare(task) : later.namingOnly(() -> handler.prepare(task));
    boolean readLater = later != null && shown.keySet().containsAll(later.names());
    shown.forEach((name, value) -> {
      if (!readLater || !later.names().contains(name)) {
        task.setVariableLocal(name, FormHandlers.engineValue(value));
      }
    });
    if (readLater) {
      task.setVariableLocal(SHOWN_ON_DEMAND, true);
    }
  }

  /**
   * What the task's form shows that is read when it is opened, not kept on the task, as it is now (a change of team
   * or of people since the task was created shows). Empty for a task whose form shows none.
   */
  public Map<String, Object> shownOnDemand(DelegateTask task) {
    ShownOnDemand later = onDemand.getIfAvailable();
    if (later == null || !Boolean.TRUE.equals(task.getVariableLocal(SHOWN_ON_DEMAND))) {
      return Map.of();
    }
    return later.read(task);
  }
}
