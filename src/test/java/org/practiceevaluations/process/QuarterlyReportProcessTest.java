package org.practiceevaluations.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Elements.*;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceevaluations.reporting.QuarterlyReportProcess;

/**
 * The quarterly report (docs/guide.md, "Learning from evaluations") on a plain engine, the application's beans replaced
 * by test doubles.
 */
@Deployment(resources = "processes/quarterly-report.bpmn")
class QuarterlyReportProcessTest extends ProcessTestBase {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(0.95).build();

  final LearningProcessDoubles doubles = new LearningProcessDoubles();

  @Override
  ProcessEngine processEngine() {
    return extension.getProcessEngine();
  }

  @BeforeEach
  void registerDoubles() {
    doubles.register();
  }

  @Test
  void theAuditManagerChoosesTheThemesThenTheThreeFilesAreSavedAndSentToEveryManager() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(QuarterlyReportProcess.KEY,
        Map.of(QuarterlyReportProcess.Vars.QUARTER, "2025 Q4"));

    assertThat(pi).hasPassedInOrder(STARTED, COLLATE).isWaitingAt(CHOOSE_THEMES);
    assertThat(pi.getBusinessKey()).isEqualTo("QR-2026-0001");
    Task choose = task("QR-2026-0001", CHOOSE_THEMES);
    assertThat(choose.getAssignee()).isEqualTo("kmorgan");
    assertThat(taskService.getIdentityLinksForTask(choose.getId())).anyMatch(l -> "audit-team".equals(l.getGroupId()));
    // the themes are due within the configured 14 days, at 17:00
    assertThat(choose.getDueDate()).isEqualTo(runtimeService.getVariable(pi.getId(), "themesDueDate"));
    assertThat(choose.getDueDate().toInstant()).isEqualTo(doubles.deadlines.dueAfter(now(), "P14D"));
    assertThat(doubles.notifications).isEmpty();

    complete("QR-2026-0001", CHOOSE_THEMES);

    assertThat(pi).isEnded().hasPassedInOrder(CHOOSE_THEMES, PRODUCE, SEND, SENT);
    assertThat(doubles.steps).containsExactly("collateQuarter", "publishQuarterlyReport");
    assertThat(doubles.notifications).containsExactly("quarterly-report");
  }

  @Test
  void producingAndSendingWaitForTheJobExecutorSoAnOutageBecomesARetryNotAnError() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(QuarterlyReportProcess.KEY);
    taskService.complete(task("QR-2026-0001", CHOOSE_THEMES).getId());

    assertThat(pi).isWaitingAt(PRODUCE);
    assertThat(doubles.steps).doesNotContain("publishQuarterlyReport");
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
    assertThat(pi).isWaitingAt(SEND);
    runAsyncSteps();
    assertThat(pi).isEnded();
  }
}
