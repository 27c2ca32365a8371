package org.practiceevaluations.moderation;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import org.springframework.stereotype.Component;

/** "Read the case file and note initial findings": the moderator's notes before the first evaluation arrives. */
@Component
public class ModeratorInitialFindingsForm implements FormHandler {

  private final FormSupport support;

  public ModeratorInitialFindingsForm(FormSupport support) {
    this.support = support;
  }

  @Override
  public String formId() {
    return "moderator-initial-findings";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    return support.caseFacts(support.evaluation(task));
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    Evaluation e = support.evaluation(task);
    String findings = answers.text("initialFindings", "Your initial findings", false);
    answers.throwIfInvalid();
    support.escalateIfTicked(task, answers, e, support.actor(task));
    e.moderation().recordInitialFindings(findings);
    return Map.of();
  }
}
