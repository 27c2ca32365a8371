package org.practiceevaluations.recording;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.practiceevaluations.engine.EngineExecutionScopes;

/**
 * The idempotency key of one pass of a recording step: the same on every retry of the step's job, different for
 * each pass through the step.
 *
 * <p>{@code <evaluation reference>/<kind>/<process instance>/<activity>/<execution>/<round>}, where
 * <ul>
 *   <li><b>execution</b> is the execution that carries the step's job. For an activity that is a scope of its own
 *       (one with input/output parameters, like the case-note step with its {@code noteKind}), the engine creates
 *       the activity's execution <em>inside</em> the job, so every retry runs on a new execution id; the key then
 *       takes the parent execution, which the job belongs to and which survives the retry;</li>
 *   <li><b>round</b> is how many times the step has already finished before: finished historic activity instances
 *       of the activity on that execution (for a scope activity, in the process instance). A failed try leaves no
 *       finished instance (its transaction rolls back), so the round is the same on every retry; a second pass
 *       through the step (a loop in the model) gets the next round. This needs history (the application runs
 *       with full history).</li>
 * </ul>
 * Limitation: for a scope activity reached twice at the same time by parallel paths of one process instance, the
 * round of one path could change while the other path's job waits for a retry. The models record sequentially.
 */
final class IdempotencyKeys {

  static final int MAX_LENGTH = 500;

  private IdempotencyKeys() {}

  static String of(DelegateExecution execution, String evaluationReference, String kind) {
    boolean scope = EngineExecutionScopes.ownScope(execution);
    String jobExecutionId = scope && execution.getParentId() != null ? execution.getParentId() : execution.getId();
    var finished = execution.getProcessEngineServices().getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .activityId(execution.getCurrentActivityId())
        .finished();
    if (!scope) {
      finished.executionId(jobExecutionId);
    }
    long round = finished.count();
    String key = String.join("/", evaluationReference, kind, execution.getProcessInstanceId(),
        execution.getCurrentActivityId(), jobExecutionId, Long.toString(round));
    if (key.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
      // Very long activity ids: keep the readable start, make the end unique.
      key = key.substring(0, 200) + "#" + FileSystemDocumentStore.sha256(key.getBytes(StandardCharsets.UTF_8));
    }
    return key;
  }
}
