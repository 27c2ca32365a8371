package org.practiceevaluations.evaluation.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.forms.FormAnswers.When;
import org.practiceevaluations.forms.FormAnswers;

/**
 * The actions the first auditor ({@link CompleteEvaluationForm}) and the moderator
 * ({@code moderation.CompleteModerationForm}) set: who may own one, and reading a form's list of them.
 */
public final class ActionAnswers {

  private ActionAnswers() {}

  /** Who may own an action: the case's social worker, team manager and practice manager. */
  public static Map<String, String> owners(FormSupport support, Evaluation e) {
    Map<String, String> owners = new LinkedHashMap<>();
    owners.put(e.people().socialWorker(), support.name(e.people().socialWorker()) + " (social worker)");
    owners.put(e.people().teamManager(), support.name(e.people().teamManager()) + " (team manager)");
    owners.put(e.people().practiceManager(), support.name(e.people().practiceManager()) + " (practice manager)");
    return owners;
  }

  /**
   * The actions of a form's list ({@code listKey}): each with what, who (one of the case's people) and a due date
   * that is not past, numbered in messages from {@code first} + 1.
   */
  public static List<EvaluationAction> read(FormAnswers answers, Evaluation e, String listKey, String word,
      int first) {
    List<EvaluationAction> actions = new ArrayList<>();
    int n = first;
    for (Map<String, Object> row : answers.rows(listKey, "The actions")) {
      n++;
      String what = answers.rowText(row, "description", word + n + ": what needs to be done", true,
          FormAnswers.MAX_SHORT_TEXT);
      String owner = answers.rowText(row, "owner", word + n + ": who will do it", true, 64);
      if (owner != null && !List.of(e.people().socialWorker(), e.people().teamManager(), e.people().practiceManager()).contains(owner)) {
        answers.problem(word + n + ": choose who will do it from the list.");
      }
      LocalDate due = answers.rowDate(row, "dueDate", word + n + ": the date it is due", true, When.TODAY_OR_LATER);
      String solution = answers.rowText(row, "solution", word + n + ": the suggested solution", false,
          FormAnswers.MAX_SHORT_TEXT);
      if (what != null && owner != null && due != null) {
        actions.add(new EvaluationAction(what, owner, due, solution));
      }
    }
    return actions;
  }
}
