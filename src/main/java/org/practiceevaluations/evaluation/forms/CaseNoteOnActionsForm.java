package org.practiceevaluations.evaluation.forms;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.practiceevaluations.recording.RecordingVariables;
import org.springframework.stereotype.Component;

/**
 * "Write the case audit case note on the actions" (docs/guide.md, "The team's follow-up"): the team manager's note,
 * which a later step adds to the child's record.
 */
@Component
public class CaseNoteOnActionsForm implements FormHandler {

  private final FormSupport support;
  private final EvaluationLifecycle lifecycle;

  public CaseNoteOnActionsForm(FormSupport support, EvaluationLifecycle lifecycle) {
    this.support = support;
    this.lifecycle = lifecycle;
  }

  @Override
  public String formId() {
    return "case-note-on-actions";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    return TeamFollowUp.summary(support, support.evaluation(task));
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    String note = answers.text("caseNote", "The case audit case note", true);
    answers.throwIfInvalid();
    EvaluationLifecycle.ActionsState state =
        lifecycle.recordTeamCaseNote(support.evaluation(task).getReference());
    // the note waits in the application's table for the step that adds it to the child's record
    support.keepForALaterStep(task, RecordingVariables.TEAM_CASE_NOTE.name(), note);
    return TeamFollowUp.routing(state);
  }
}
