package org.practiceevaluations.evaluation.forms;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Read the allocation and plan the evaluation": the first auditor confirms they have what they need. */
@Component
public class AllocationSummaryForm implements FormHandler {

  private final FormSupport support;

  public AllocationSummaryForm(FormSupport support) {
    this.support = support;
  }

  @Override
  public String formId() {
    return "allocation-summary";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    return support.caseFacts(support.evaluation(task));
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    if (!answers.ticked("checklistConfirmed")) {
      answers.problem("Tick that you have the case summary, the checklist and the due date.");
    }
    answers.throwIfInvalid();
    return Map.of();
  }
}
