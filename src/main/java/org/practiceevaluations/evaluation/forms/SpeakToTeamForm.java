package org.practiceevaluations.evaluation.forms;

import org.practiceevaluations.forms.FormHandler;
import org.practiceevaluations.forms.FormAnswers;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.springframework.stereotype.Component;

/**
 * "Speak to the team before it is sent (no surprises)" (docs/guide.md, "The practice evaluation"): the auditor tells
 * the team of an inadequate outcome and the remedial actions before the written evaluation reaches them.
 */
@Component
public class SpeakToTeamForm implements FormHandler {

  private final FormSupport support;

  public SpeakToTeamForm(FormSupport support) {
    this.support = support;
  }

  @Override
  public String formId() {
    return "speak-to-team";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    Evaluation e = support.evaluation(task);
    Map<String, Object> values = GradeFacts.of(support, e);
    values.put("actionList", support.actionRows(e, false));
    Date due = SPEAK_TO_TEAM_DUE_DATE.get(task);
    values.put("speakToTeamDueText", due != null ? support.day(due.toInstant()) : "as soon as you can");
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    Evaluation e = support.evaluation(task);
    LocalDate on = answers.date("spokeToTeamOn", "The date you spoke to the team", true,
        FormAnswers.When.PAST_OR_TODAY);
    String notes = answers.text("spokeToTeamNotes", "What you told them", true);
    answers.throwIfInvalid();
    e.teamFollowUp().recordTeamToldOfOutcome(on, support.actor(task), notes);
    return Map.of();
  }
}
