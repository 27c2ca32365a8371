package org.practiceevaluations.evaluation.forms;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.springframework.stereotype.Component;

/** "Update the progress of the actions" (docs/guide.md, "The team's follow-up"): which are done, and notes. */
@Component
public class UpdateActionsForm implements FormHandler {

  private final FormSupport support;
  private final EvaluationLifecycle lifecycle;

  public UpdateActionsForm(FormSupport support, EvaluationLifecycle lifecycle) {
    this.support = support;
    this.lifecycle = lifecycle;
  }

  @Override
  public String formId() {
    return "update-actions";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    Evaluation e = support.evaluation(task);
    Map<String, Object> values = new HashMap<>(support.caseFacts(e));
    values.put("actionUpdates", support.actionRows(e, true));
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    Evaluation e = support.evaluation(task);
    Set<Integer> seen = new HashSet<>();
    Map<EvaluationAction, Boolean> done = new HashMap<>();
    Map<EvaluationAction, String> notes = new HashMap<>();
    for (Map<String, Object> row : answers.rows("actionUpdates", "The actions")) {
      Object numberValue = row.get("number");
      Integer number = null;
      try {
        number = numberValue == null ? null : Integer.valueOf(numberValue.toString().replace(".0", ""));
      } catch (NumberFormatException ignored) {
        // reported below
      }
      EvaluationAction action = number == null ? null : e.action(number).orElse(null);
      if (action == null || !seen.add(number)) {
        answers.problem("The list of actions does not match this evaluation's actions; reload the task.");
        continue;
      }
      boolean finished = Boolean.TRUE.equals(answers.rowYesNo(row, "done"));
      String note = answers.rowText(row, "progressNote", "Action " + number + ": the progress so far", !finished,
          FormAnswers.MAX_SHORT_TEXT);
      done.put(action, finished);
      notes.put(action, note);
    }
    answers.throwIfInvalid();
    LocalDate today = answers.today();
    done.forEach((action, finished) -> action.update(finished, notes.get(action), today, support.now()));
    return TeamFollowUp.routing(lifecycle.actionsState(e.getReference()));
  }
}
