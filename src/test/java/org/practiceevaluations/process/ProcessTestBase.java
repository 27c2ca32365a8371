package org.practiceevaluations.process;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.practiceevaluations.support.BackgroundSteps;

/**
 * What every plain-engine process test needs: a fixed engine clock to move, the jobs driven by hand (async steps
 * and timers, never by sleeping), and tasks found by the evaluation's business key. The engine is the one of the
 * test class's own {@code ProcessEngineExtension} (JUnit wants that static field in each class, with the model
 * coverage it asserts), handed to {@link #setUpEngine} by the extension.
 */
abstract class ProcessTestBase {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** A Monday morning. */
  static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

  ProcessEngine engine;
  RuntimeService runtimeService;
  TaskService taskService;
  ManagementService managementService;

  /**
   * The engine extension of a test class: the plain engine of {@code camunda.cfg.xml}, and the class fails when its
   * tests cover less than {@code share} of a model it deploys (models {@code notMeasured} aside).
   */
  static ProcessEngineExtension coverageAtLeast(double share, String... notMeasured) {
    return ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(share)
        .excludeProcessDefinitionKeys(notMeasured).build();
  }

  @BeforeEach
  void setUpEngine(ProcessEngine engine) {
    this.engine = engine;
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();
    // other engines (Spring Boot tests) may live in the same JVM: assertions must use this one
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(START.atZone(LONDON).toInstant()));
  }

  @AfterEach
  void resetClockAndMocks() {
    ClockUtil.reset();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  void setClock(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** Runs every asynchronous step that is ready (not timers), until none is left; fails if they keep coming. */
  void runAsyncSteps() {
    BackgroundSteps.run(managementService);
  }

  /** The timer job of a timer event in the evaluation's process tree. */
  Job timer(String businessKey, String timerEventId) {
    List<Job> jobs = managementService.createJobQuery().timers().activityId(timerEventId).list().stream()
        .filter(job -> businessKey.equals(runtimeService.createProcessInstanceQuery()
            .processInstanceId(job.getProcessInstanceId()).singleResult().getBusinessKey()))
        .toList();
    if (jobs.size() != 1) {
      throw new AssertionError("Expected one timer " + timerEventId + " but found " + jobs.size());
    }
    return jobs.get(0);
  }

  /** Moves the clock to the timer's due date, fires it, and runs what follows. */
  void fire(Job timer) {
    setClock(timer.getDuedate().toInstant());
    managementService.executeJob(timer.getId());
    runAsyncSteps();
  }

  Task task(String businessKey, String taskDefinitionKey) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    if (task == null) {
      throw new AssertionError("No open task " + taskDefinitionKey + " for " + businessKey);
    }
    return task;
  }

  /** Completes the task with these answers and runs the asynchronous steps that follow. */
  void complete(String businessKey, String taskDefinitionKey, Map<String, Object> answers) {
    taskService.complete(task(businessKey, taskDefinitionKey).getId(), answers);
    runAsyncSteps();
  }

  void complete(String businessKey, String taskDefinitionKey) {
    complete(businessKey, taskDefinitionKey, Map.of());
  }
}
