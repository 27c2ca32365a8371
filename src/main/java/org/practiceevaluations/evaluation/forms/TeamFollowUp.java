package org.practiceevaluations.evaluation.forms;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationLifecycle;

/**
 * What the receiving team's forms share (docs/guide.md, "The team's follow-up"): the summary {@link
 * SupervisionDiscussionForm} and {@link CaseNoteOnActionsForm} show, and the actions' state that
 * {@link CaseNoteOnActionsForm} and {@link UpdateActionsForm} hand to the model's reminders.
 */
final class TeamFollowUp {

  private TeamFollowUp() {}

  static Map<String, Object> summary(FormSupport support, Evaluation e) {
    Map<String, Object> values = new HashMap<>(support.caseFacts(e));
    values.put("finalGradeText", FormSupport.label(e.grades().finalGrade()));
    values.put("caseNoteDueText", support.day(e.dates().caseNoteDueAt()));
    values.put("actionList", support.actionRows(e, false));
    return values;
  }

  /** How many actions are open and when the next is due (none when every action is done). */
  static Map<String, Object> routing(EvaluationLifecycle.ActionsState state) {
    Map<String, Object> routing = new HashMap<>();
    OPEN_ACTION_COUNT.put(routing, state.openActions());
    NEXT_ACTION_DUE_DATE.put(routing, Deadlines.toDate(state.nextActionDue()));
    return routing;
  }
}
