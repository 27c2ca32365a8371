package org.practiceevaluations.recording;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.practiceevaluations.evaluation.RecordingVariables;

/**
 * Test only: an end listener that fails a step after its delegate has written (a crash between the write and the
 * commit), as many times as a test asks, per activity id. It notes the idempotency key the failed try used, so a
 * test can see that the retry used the same one (what a store outside the transaction relies on).
 */
public class FailAfterWriting implements ExecutionListener {

  private static final Map<String, Integer> FAILURES = new ConcurrentHashMap<>();
  private static final Map<String, String> KEYS_AT_FAILURE = new ConcurrentHashMap<>();

  static void failNext(String activityId, int times) {
    FAILURES.put(activityId, times);
  }

  static void reset() {
    FAILURES.clear();
    KEYS_AT_FAILURE.clear();
  }

  static String keyAtFailure(String activityId) {
    return KEYS_AT_FAILURE.get(activityId);
  }

  @Override
  public void notify(DelegateExecution execution) {
    String activityId = execution.getCurrentActivityId();
    Integer left = FAILURES.get(activityId);
    if (left != null && left > 0) {
      FAILURES.put(activityId, left - 1);
      String kind = activityId.equals("Task_SavePdf") ? SaveEvaluationPdf.KIND
          : String.valueOf(execution.getVariableLocal(RecordingVariables.NOTE_KIND.name()));
      KEYS_AT_FAILURE.put(activityId,
          IdempotencyKeys.of(execution, String.valueOf(execution.getVariable("evaluationReference")), kind));
      throw new IllegalStateException("Simulated failure after " + activityId + " wrote");
    }
  }
}
