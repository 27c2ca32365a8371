package org.practiceevaluations.notification;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.practiceevaluations.common.ExecutionScopes;
import org.springframework.stereotype.Component;

/**
 * Works out the {@link DeliveryPoint} of a running notification task so that it is the same on every try of the
 * same job, and different each time a token reaches the task anew.
 *
 * <p>The execution: a task with input parameters (every notify task has {@code template}) is a scope in
 * Camunda, and with {@code asyncBefore} its own execution is created inside the job, so it gets a new id on
 * every try. The token's execution is then its parent, which holds the job and survives retries. A task that is
 * not a scope (inside a multi-instance body) runs on the token's execution itself.
 *
 * <p>The round: the finished historic activity instances of the task for that token (a failed try rolls back,
 * so it leaves none). For a scope task they are counted under the same parent activity instance, since each
 * pass had its own execution; for a non-scope task on the execution itself. Needs history level activity or
 * above (the application runs with full).
 */
@Component
public class DeliveryPoints {

  private final HistoryService historyService;
  private final ExecutionScopes scopes;

  public DeliveryPoints(HistoryService historyService, ExecutionScopes scopes) {
    this.historyService = historyService;
    this.scopes = scopes;
  }

  public DeliveryPoint of(DelegateExecution execution) {
    String activityId = execution.getCurrentActivityId();
    boolean ownScope = isOwnScope(execution);
    String tokenExecutionId = ownScope ? execution.getParentId() : execution.getId();
    int round = ownScope
        ? finishedUnder(execution.getProcessInstanceId(), activityId, execution.getParentActivityInstanceId())
        : finishedOn(execution.getProcessInstanceId(), activityId, execution.getId());
    return new DeliveryPoint(execution.getProcessInstanceId(), activityId, tokenExecutionId, round);
  }

  /** True when the execution was created for the current activity (the activity is a scope). */
  boolean isOwnScope(DelegateExecution execution) {
    return scopes.isScopeOfItsOwn(execution) && execution.getParentId() != null;
  }

  int finishedUnder(String processInstanceId, String activityId, String parentActivityInstanceId) {
    return (int) historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).activityId(activityId).finished().list().stream()
        .map(HistoricActivityInstance::getParentActivityInstanceId)
        .filter(parentActivityInstanceId::equals)
        .count();
  }

  int finishedOn(String processInstanceId, String activityId, String executionId) {
    return (int) historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).activityId(activityId).executionId(executionId).finished().count();
  }
}
