package org.practiceevaluations.evaluation.forms;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import org.springframework.stereotype.Component;

/** "Hold the reflective discussion with the team and submit": who took part, and the team's view of the first grade. */
@Component
public class ReflectiveDiscussionForm implements FormHandler {

  private final FormSupport support;

  public ReflectiveDiscussionForm(FormSupport support) {
    this.support = support;
  }

  @Override
  public String formId() {
    return "reflective-discussion";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    Evaluation e = support.evaluation(task);
    Map<String, Object> values = new HashMap<>(support.caseFacts(e));
    values.put("firstGradeText", FormSupport.label(e.grades().firstGrade()));
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    Evaluation e = support.evaluation(task);
    TeamView view = TeamView.read(answers, "reflectiveDiscussionOn", "reflectiveDiscussion",
        "The reflective discussion with the team");
    String attendees = answers.text("reflectiveDiscussionAttendees", "Who took part", true, 2000);
    answers.throwIfInvalid();
    support.escalateIfTicked(task, answers, e, support.actor(task));
    e.reflectiveDiscussion().record(view.on(), attendees, view.discussion(), view.agrees(), view.grade(),
        view.reason());
    return Map.of();
  }
}
