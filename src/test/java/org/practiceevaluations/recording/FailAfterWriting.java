package org.practiceevaluations.recording;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Test only: an end listener that fails a step after its delegate has written (a crash between the write and the
 * commit), as many times as a test asks, per activity id.
 */
public class FailAfterWriting implements ExecutionListener {

  private static final Map<String, Integer> FAILURES = new ConcurrentHashMap<>();

  static void failNext(String activityId, int times) {
    FAILURES.put(activityId, times);
  }

  static void reset() {
    FAILURES.clear();
  }

  @Override
  public void notify(DelegateExecution execution) {
    String activityId = execution.getCurrentActivityId();
    Integer left = FAILURES.get(activityId);
    if (left != null && left > 0) {
      FAILURES.put(activityId, left - 1);
      throw new IllegalStateException("Simulated failure after " + activityId + " wrote");
    }
  }
}
