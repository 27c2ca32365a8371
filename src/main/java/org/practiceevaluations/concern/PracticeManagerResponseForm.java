package org.practiceevaluations.concern;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.CONCERN_REFERENCE;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.forms.FormAnswers;
import org.practiceevaluations.evaluation.forms.FormHandler;
import org.springframework.stereotype.Component;

/** The form {@code practice-manager-response}: the practice manager's actions and response to the findings. */
@Component
public class PracticeManagerResponseForm implements FormHandler {

  private final Concerns concerns;
  private final ConcernFormFacts facts;

  public PracticeManagerResponseForm(Concerns concerns, ConcernFormFacts facts) {
    this.concerns = concerns;
    this.facts = facts;
  }

  @Override
  public String formId() {
    return "practice-manager-response";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    return facts.of(task);
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    String actions = answers.text("responseActions", "The actions taken so far", true);
    String response = answers.text("responseToFindings", "Your response to the findings", true);
    answers.throwIfInvalid();
    concerns.recordResponse(CONCERN_REFERENCE.get(task), actions, response);
    return Map.of();
  }
}
