package org.practiceevaluations.moderation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.practiceevaluations.evaluation.forms.TeamView;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import org.springframework.stereotype.Component;

/**
 * "Discuss the moderation with the first auditor and the team" (docs/guide.md, "Moderation", section 15a): the
 * moderator's grade is final; the team's view of it is recorded here.
 */
@Component
public class ModerationDiscussionForm implements FormHandler {

  private final FormSupport support;

  public ModerationDiscussionForm(FormSupport support) {
    this.support = support;
  }

  @Override
  public String formId() {
    return "moderation-discussion";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    Evaluation e = support.evaluation(task);
    Map<String, Object> values = new HashMap<>(support.caseFacts(e));
    values.put("firstGradeText", FormSupport.label(e.grades().firstGrade()));
    values.put("moderatedGradeText", FormSupport.label(e.moderation().moderatedGrade()));
    values.put("gradesDifferText", (e.grades().firstGrade() == e.moderation().moderatedGrade()
        ? "Your grade is the same as the first auditor's."
        : "Your grade differs from the first auditor's: this will be recorded as a discrepancy.")
        + " Your grade is the final grade: if the team does not agree, record its view and reasons here; this "
        + "discussion settles it, and no one else regrades a moderated evaluation.");
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    Evaluation e = support.evaluation(task);
    TeamView view = TeamView.read(answers, "moderationDiscussionOn", "moderationDiscussion",
        "The moderation discussion (section 15a)");
    answers.throwIfInvalid();
    support.escalateIfTicked(task, answers, e, support.actor(task));
    e.completeModeration(view.on(), view.discussion(), view.agrees(), view.grade(), view.reason(), support.now());
    return Map.of();
  }
}
