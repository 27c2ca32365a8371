package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricActivityInstanceQuery;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.engine.EngineExecutionScopes;

/**
 * The idempotency key: the same on every try of one job, different for another pass through the task (a loop,
 * a timer firing again), another token, or another person.
 */
class DeliveryKeyTest {

  @Test
  void theKeyIsAStableHashOfItsPartsAndEveryPartCounts() {
    DeliveryKey key = new DeliveryKey("pi", "Task_Notify", "exec", 0, "ejones");

    assertThat(key.value()).hasSize(64).isEqualTo(new DeliveryKey("pi", "Task_Notify", "exec", 0, "ejones").value());
    assertThat(List.of(
        new DeliveryKey("pi2", "Task_Notify", "exec", 0, "ejones"),
        new DeliveryKey("pi", "Task_Other", "exec", 0, "ejones"),
        new DeliveryKey("pi", "Task_Notify", "exec2", 0, "ejones"),
        new DeliveryKey("pi", "Task_Notify", "exec", 1, "ejones"),
        new DeliveryKey("pi", "Task_Notify", "exec", 0, "pmurphy")))
        .extracting(DeliveryKey::value).doesNotContain(key.value()).doesNotHaveDuplicates();
    assertThat(key.messageId()).isEqualTo("<" + key.value() + "@practice-evaluations>");
  }

  @Test
  void partsCannotRunIntoEachOther() {
    assertThat(new DeliveryKey("p", "ab", "c", 0, "u").value())
        .isNotEqualTo(new DeliveryKey("p", "a", "bc", 0, "u").value());
  }

  @Test
  void aTaskThatIsItsOwnScopeIsKeyedByItsParentExecutionAndCountsEarlierPassesUnderTheSameParent() {
    // Input parameters make the task a scope; with asyncBefore its own execution is new on every try.
    ExecutionEntity execution = execution("scope-exec-try-2", true, true);
    when(execution.getParentId()).thenReturn("token");
    when(execution.getParentActivityInstanceId()).thenReturn("parent-ai");
    HistoryService history = history(List.of(finished("parent-ai"), finished("parent-ai"), finished("other-ai")));

    DeliveryPoint point = new DeliveryPoints(history, new EngineExecutionScopes()).of(execution);

    assertThat(point).isEqualTo(new DeliveryPoint("pi", "Task_Notify", "token", 2));
  }

  @Test
  void aTaskThatIsNotAScopeIsKeyedByItsOwnExecution() {
    ExecutionEntity execution = execution("token", false, true);
    HistoricActivityInstanceQuery query = mock(HistoricActivityInstanceQuery.class, RETURNS_SELF);
    when(query.count()).thenReturn(1L);
    HistoryService history = mock(HistoryService.class);
    when(history.createHistoricActivityInstanceQuery()).thenReturn(query);

    DeliveryPoint point = new DeliveryPoints(history, new EngineExecutionScopes()).of(execution);

    assertThat(point).isEqualTo(new DeliveryPoint("pi", "Task_Notify", "token", 1));
    org.mockito.Mockito.verify(query).executionId("token");
    org.mockito.Mockito.verify(query).finished();
  }

  @Test
  void aRetriedTryComputesTheSameKeyBecauseAFailedTryLeavesNoFinishedPass() {
    HistoryService history = history(List.of(finished("parent-ai")));
    ExecutionEntity firstTry = execution("scope-exec-1", true, true);
    ExecutionEntity secondTry = execution("scope-exec-2", true, true);
    for (ExecutionEntity e : List.of(firstTry, secondTry)) {
      when(e.getParentId()).thenReturn("token");
      when(e.getParentActivityInstanceId()).thenReturn("parent-ai");
    }

    DeliveryPoints points = new DeliveryPoints(history, new EngineExecutionScopes());

    assertThat(points.of(firstTry).keyFor("ejones")).isEqualTo(points.of(secondTry).keyFor("ejones"));
  }

  private static ExecutionEntity execution(String id, boolean activityIsScope, boolean executionIsScope) {
    ExecutionEntity execution = mock(ExecutionEntity.class);
    ActivityImpl activity = mock(ActivityImpl.class);
    when(activity.isScope()).thenReturn(activityIsScope);
    when(execution.getActivity()).thenReturn(activity);
    when(execution.isScope()).thenReturn(executionIsScope);
    when(execution.getId()).thenReturn(id);
    when(execution.getProcessInstanceId()).thenReturn("pi");
    when(execution.getCurrentActivityId()).thenReturn("Task_Notify");
    if (activityIsScope) {
      when(execution.getParentId()).thenReturn("parent");
    }
    return execution;
  }

  private static HistoryService history(List<HistoricActivityInstance> finished) {
    HistoricActivityInstanceQuery query = mock(HistoricActivityInstanceQuery.class, RETURNS_SELF);
    when(query.list()).thenReturn(finished);
    HistoryService history = mock(HistoryService.class);
    when(history.createHistoricActivityInstanceQuery()).thenReturn(query);
    return history;
  }

  private static HistoricActivityInstance finished(String parentActivityInstanceId) {
    HistoricActivityInstance instance = mock(HistoricActivityInstance.class);
    when(instance.getParentActivityInstanceId()).thenReturn(parentActivityInstanceId);
    return instance;
  }

}
