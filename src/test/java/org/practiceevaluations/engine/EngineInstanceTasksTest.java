package org.practiceevaluations.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The instance's open tasks read inside an engine command (the fixed statement) are those a {@code TaskQuery}
 * returns outside one: the same tasks in the same order, none of another instance, none suspended.
 */
class EngineInstanceTasksTest {

  private static ProcessEngine engine;
  private static EngineInstanceTasks tasks;

  @BeforeAll
  static void deploy() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:engine-instance-tasks;DB_CLOSE_DELAY=-1").setJobExecutorActivate(false)
        .setHistory(ProcessEngineConfiguration.HISTORY_NONE).setProcessEngineName("engine-instance-tasks")
        .buildProcessEngine();
    tasks = new EngineInstanceTasks(engine.getTaskService());
    BpmnModelInstance model = Bpmn.createExecutableProcess("three-tasks").camundaHistoryTimeToLive(1)
        .startEvent().parallelGateway("split")
        .userTask("own").name("Own").camundaAssignee("pmurphy").endEvent()
        .moveToNode("split").userTask("offered").name("Offered").camundaCandidateGroups("auditors").endEvent()
        .moveToNode("split").userTask("other").name("Other").camundaAssignee("sclarke").endEvent()
        .done();
    engine.getRepositoryService().createDeployment().addModelInstance("three-tasks.bpmn", model).deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void insideACommandTheSameTasksAsTheQueryNewestFirst() {
    ProcessInstance one = engine.getRuntimeService().startProcessInstanceByKey("three-tasks");
    engine.getRuntimeService().startProcessInstanceByKey("three-tasks");

    List<String> outside = ids(tasks.open(one.getId()));
    List<String> inside = ids(inCommand(one.getId()));

    assertThat(outside).hasSize(3);
    assertThat(inside).isEqualTo(outside);
    assertThat(inside).isEqualTo(ids(engine.getTaskService().createTaskQuery().processInstanceId(one.getId())
        .orderByTaskCreateTime().desc().orderByTaskId().asc().list()));
  }

  @Test
  void aSuspendedInstanceHasNoOpenTasksEitherWay() {
    ProcessInstance one = engine.getRuntimeService().startProcessInstanceByKey("three-tasks");
    engine.getRuntimeService().suspendProcessInstanceById(one.getId());

    assertThat(tasks.open(one.getId())).isEmpty();
    assertThat(inCommand(one.getId())).isEmpty();

    engine.getRuntimeService().activateProcessInstanceById(one.getId());
    assertThat(inCommand(one.getId())).extracting(Task::getName)
        .containsExactlyInAnyOrder("Own", "Offered", "Other");
  }

  @Test
  void aCompletedTaskIsGoneInTheCommandThatCompletedIt() {
    ProcessInstance one = engine.getRuntimeService().startProcessInstanceByKey("three-tasks");
    Task own = engine.getTaskService().createTaskQuery().processInstanceId(one.getId()).taskDefinitionKey("own")
        .singleResult();

    List<Task> after = inCommand(() -> {
      engine.getTaskService().complete(own.getId());
      return tasks.open(one.getId());
    });

    assertThat(after).extracting(Task::getName).containsExactlyInAnyOrder("Offered", "Other");
  }

  private List<Task> inCommand(String processInstanceId) {
    return inCommand(() -> tasks.open(processInstanceId));
  }

  /** Runs {@code work} inside one engine command, as a delegate of the job executor does. */
  private static List<Task> inCommand(java.util.function.Supplier<List<Task>> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> work.get());
  }

  private static List<String> ids(List<Task> list) {
    return list.stream().map(Task::getId).toList();
  }
}
