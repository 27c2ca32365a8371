package org.practiceevaluations.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceevaluations.retention.RetentionConfiguration;
import org.practiceevaluations.retention.RetentionProcess.Elements;
import org.practiceevaluations.retention.RetentionProcess;
import org.practiceevaluations.retention.RetentionSettings;

/**
 * The retention process on its own (doubles for its steps): the nightly timer fires at 02:30 on the configured cron
 * (the default), each step runs in turn in the background and its count becomes a variable of the process, and the
 * timer is set for the next night. A step that fails (a file store offline) is retried and then becomes an incident;
 * retried after that, the rest of the night's work runs. The clock is moved, never slept.
 */
@Deployment(resources = "processes/retention.bpmn")
class RetentionProcessTest extends ProcessTestBase {

  static final ZoneId SERVER = ZoneId.systemDefault();

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(0.95).build();

  final List<String> steps = new ArrayList<>();
  final AtomicInteger fileStoreFailures = new AtomicInteger();

  @Override
  ProcessEngine processEngine() {
    return extension.getProcessEngine();
  }

  @BeforeEach
  void registerDoubles() {
    Mocks.register("retentionSchedule", new RetentionConfiguration.RetentionSchedule(new RetentionSettings().getCron()));
    Mocks.register("deleteOldOutboxMail", step("deleteOldOutboxMail",
        ex -> RetentionProcess.Vars.OUTBOX_MAIL_DELETED.set(ex, 12)));
    Mocks.register("deleteOldNotificationRecords", step("deleteOldNotificationRecords",
        ex -> RetentionProcess.Vars.NOTIFICATION_RECORDS_DELETED.set(ex, 340)));
    Mocks.register("anonymiseClosedCases", step("anonymiseClosedCases", ex -> {
      if (fileStoreFailures.getAndDecrement() > 0) {
        throw new IllegalStateException("The document store could not delete the file: share offline");
      }
      RetentionProcess.Vars.CASES_ANONYMISED.set(ex, 2);
      RetentionProcess.Vars.FILES_DELETED.set(ex, 3);
    }));
    Mocks.register("cleanUpEngineHistory", step("cleanUpEngineHistory",
        ex -> RetentionProcess.Vars.ENGINE_HISTORY_DUE.set(ex, 5L)));
  }

  @Test
  void everyNightAtHalfPastTwoEachRuleRunsInTurnAndItsCountIsKept() {
    Job timer = nightlyTimer();
    // the clock starts on Monday 2 March 2026 at 09:00: the first run is the next night
    assertThat(at(timer)).isEqualTo(LocalDateTime.of(2026, 3, 3, 2, 30));

    setClock(timer.getDuedate().toInstant());
    managementService.executeJob(timer.getId());
    ProcessInstance run = runtimeService.createProcessInstanceQuery().processDefinitionKey(RetentionProcess.KEY)
        .singleResult();
    // every step touches the database or the file store: each waits for the job executor, and is retried
    assertThat(run).isWaitingAt(Elements.DELETE_OUTBOX_MAIL);
    runAsyncSteps();

    assertThat(steps).containsExactly("deleteOldOutboxMail", "deleteOldNotificationRecords", "anonymiseClosedCases",
        "cleanUpEngineHistory");
    assertThat(run).isEnded().hasPassedInOrder(Elements.NIGHTLY, Elements.DELETE_OUTBOX_MAIL,
        Elements.DELETE_NOTIFICATION_RECORDS, Elements.ANONYMISE_CLOSED_CASES, Elements.CLEAN_UP_ENGINE_HISTORY,
        Elements.DONE);
    assertThat(variable(run, RetentionProcess.Vars.OUTBOX_MAIL_DELETED.name())).isEqualTo(12);
    assertThat(variable(run, RetentionProcess.Vars.NOTIFICATION_RECORDS_DELETED.name())).isEqualTo(340);
    assertThat(variable(run, RetentionProcess.Vars.CASES_ANONYMISED.name())).isEqualTo(2);
    assertThat(variable(run, RetentionProcess.Vars.ENGINE_HISTORY_DUE.name())).isEqualTo(5L);
    assertThat(at(nightlyTimer())).isEqualTo(LocalDateTime.of(2026, 3, 4, 2, 30));
  }

  @Test
  void aStepThatFailsIsRetriedThenAnIncidentAndTheRestRunsOnceItIsRetried() {
    fileStoreFailures.set(10);
    Job timer = nightlyTimer();
    setClock(timer.getDuedate().toInstant());
    managementService.executeJob(timer.getId());
    ProcessInstance run = runtimeService.createProcessInstanceQuery().processDefinitionKey(RetentionProcess.KEY)
        .singleResult();
    for (int step = 0; step < 2; step++) {
      managementService.executeJob(managementService.createJobQuery().processInstanceId(run.getId()).singleResult()
          .getId());
    }
    assertThat(run).isWaitingAt(Elements.ANONYMISE_CLOSED_CASES);
    Job failing = managementService.createJobQuery().processInstanceId(run.getId()).singleResult();
    int tries = 0;
    while (managementService.createJobQuery().jobId(failing.getId()).singleResult().getRetries() > 0 && tries < 10) {
      try {
        managementService.executeJob(failing.getId());
      } catch (RuntimeException expected) {
        tries++;
      }
    }
    assertThat(tries).as("tries before the incident (the engine-wide retry cycle)").isEqualTo(3);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(run.getId()).singleResult().getIncidentMessage())
        .contains("could not delete the file");
    assertThat(steps).doesNotContain("cleanUpEngineHistory");

    fileStoreFailures.set(0);
    managementService.setJobRetries(failing.getId(), 1);
    managementService.executeJob(failing.getId());
    runAsyncSteps();

    assertThat(run).isEnded();
    assertThat(steps).endsWith("anonymiseClosedCases", "cleanUpEngineHistory");
  }

  private Job nightlyTimer() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(RetentionProcess.KEY).latestVersion().singleResult().getId();
    return managementService.createJobQuery().timers().processDefinitionId(definitionId).singleResult();
  }

  private Object variable(ProcessInstance run, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(run.getId())
        .variableName(name).singleResult().getValue();
  }

  private static LocalDateTime at(Job job) {
    return LocalDateTime.ofInstant(job.getDuedate().toInstant(), SERVER);
  }

  private JavaDelegate step(String name, EvaluationProcessDoubles.Body body) {
    JavaDelegate delegate = mock(JavaDelegate.class);
    try {
      doAnswer(invocation -> {
        DelegateExecution execution = invocation.getArgument(0);
        body.run(execution);
        steps.add(name);
        return null;
      }).when(delegate).execute(any());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return delegate;
  }
}
