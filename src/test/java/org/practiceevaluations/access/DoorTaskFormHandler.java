package org.practiceevaluations.access;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import org.springframework.stereotype.Component;

/** Test-only handler of the form "test-door-task" of the test model {@code door/door-test.bpmn}: one short note. */
@Component
public class DoorTaskFormHandler implements FormHandler {

  @Override
  public String formId() {
    return "test-door-task";
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    answers.raw("note");
    answers.throwIfInvalid();
    return Map.of();
  }
}
