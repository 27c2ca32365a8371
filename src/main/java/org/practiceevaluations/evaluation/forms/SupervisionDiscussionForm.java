package org.practiceevaluations.evaluation.forms;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.forms.FormAnswers.When;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import org.springframework.stereotype.Component;

/** "Discuss the evaluation at case-management supervision" (docs/guide.md, "The team's follow-up"). */
@Component
public class SupervisionDiscussionForm implements FormHandler {

  private final FormSupport support;

  public SupervisionDiscussionForm(FormSupport support) {
    this.support = support;
  }

  @Override
  public String formId() {
    return "supervision-discussion";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    return TeamFollowUp.summary(support, support.evaluation(task));
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    Evaluation e = support.evaluation(task);
    LocalDate on = answers.date("supervisionOn", "The date of the supervision", true, When.PAST_OR_TODAY);
    String notes = answers.text("supervisionNotes", "What was discussed and agreed", true);
    answers.throwIfInvalid();
    e.teamFollowUp().recordSupervision(on, notes);
    return Map.of();
  }
}
