package org.practiceevaluations.faults;

import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import org.springframework.stereotype.Component;

/**
 * Test-only form handler of the form "test-latched": when armed, each submission waits until the other has
 * arrived too, so that two people are saving the same task at the same moment.
 */
@Component
public class LatchedFormHandler implements FormHandler {

  private volatile CyclicBarrier barrier;

  void arm(int parties) {
    barrier = new CyclicBarrier(parties);
  }

  void disarm() {
    barrier = null;
  }

  @Override
  public String formId() {
    return "test-latched";
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    answers.text("note", "The note", true);
    answers.throwIfInvalid();
    CyclicBarrier current = barrier;
    if (current != null) {
      try {
        current.await(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("The other submission did not arrive", e);
      }
    }
    return Map.of("savedBy", String.valueOf(answers.raw("note")));
  }
}
