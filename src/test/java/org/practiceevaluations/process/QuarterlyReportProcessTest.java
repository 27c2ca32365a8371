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
@Deployment(resources = {"processes/quarterly-report.bpmn", "processes/evaluation-deadlines.dmn"})
class QuarterlyReportProcessTest extends ProcessTestBase {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

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
  void theAuditManagerChoosesTheThemesThenSeniorManagementApprovesAndTheThreeFilesGoToEveryManager() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(QuarterlyReportProcess.KEY,
        Map.of(QuarterlyReportProcess.Vars.QUARTER.name(), "2025 Q4"));

    assertThat(pi).hasPassedInOrder(STARTED, COLLATE).isWaitingAt(CHOOSE_THEMES);
    assertThat(pi.getBusinessKey()).isEqualTo("QR-2026-0001");
    Task choose = task("QR-2026-0001", CHOOSE_THEMES);
    assertThat(choose.getAssignee()).isEqualTo("kmorgan");
    assertThat(taskService.getIdentityLinksForTask(choose.getId())).anyMatch(l -> "audit-team".equals(l.getGroupId()));
    // the themes are due within the configured 14 days, at 17:00
    assertThat(choose.getDueDate())
        .isEqualTo(runtimeService.getVariable(pi.getId(), QuarterlyReportProcess.Vars.THEMES_DUE_DATE.name()));
    assertThat(choose.getDueDate().toInstant()).isEqualTo(doubles.deadlines.dueAfter(now(), "P14D"));
    assertThat(doubles.notifications).isEmpty();

    complete("QR-2026-0001", CHOOSE_THEMES);

    // produced, then first to the senior management review: nothing is sent to the managers yet
    assertThat(pi).hasPassedInOrder(CHOOSE_THEMES, PRODUCE, WORK_OUT_REVIEW_DEADLINES, SET_REVIEW_DUE_DATE)
        .isWaitingAt(SENIOR_REVIEW);
    Task review = task("QR-2026-0001", SENIOR_REVIEW);
    assertThat(review.getAssignee()).isNull();
    assertThat(taskService.getIdentityLinksForTask(review.getId())).anyMatch(l -> "moderators".equals(l.getGroupId()));
    // due within the evaluation-deadlines decision's two weeks (reportReviewWithin), at 17:00
    assertThat(review.getDueDate().toInstant()).isEqualTo(doubles.deadlines.dueAfter(now(), "P14D"));
    assertThat(doubles.notifications).isEmpty();

    complete("QR-2026-0001", SENIOR_REVIEW, Map.of(QuarterlyReportProcess.Vars.REPORT_APPROVED.name(), true));

    assertThat(pi).isEnded().hasPassedInOrder(SENIOR_REVIEW, APPROVED_GATEWAY, SEND, SENT);
    assertThat(doubles.steps).containsExactly("collateQuarter", "publishQuarterlyReport", "setReviewDueDate");
    assertThat(doubles.notifications).containsExactly("quarterly-report");
  }

  @Test
  void changesAskedForGoBackToTheAuditManagerAndTheReportIsProducedAndReviewedAgainBeforeItIsSent() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(QuarterlyReportProcess.KEY);
    complete("QR-2026-0001", CHOOSE_THEMES);

    complete("QR-2026-0001", SENIOR_REVIEW, Map.of(QuarterlyReportProcess.Vars.REPORT_APPROVED.name(), false));

    assertThat(pi).hasPassed(APPROVED_GATEWAY).isWaitingAt(CHOOSE_THEMES);
    assertThat(task("QR-2026-0001", CHOOSE_THEMES).getAssignee()).isEqualTo("kmorgan");
    assertThat(doubles.notifications).as("nothing goes to the managers").isEmpty();

    complete("QR-2026-0001", CHOOSE_THEMES);
    assertThat(pi).isWaitingAt(SENIOR_REVIEW);
    complete("QR-2026-0001", SENIOR_REVIEW, Map.of(QuarterlyReportProcess.Vars.REPORT_APPROVED.name(), true));

    assertThat(pi).isEnded().hasPassed(SENT);
    assertThat(doubles.steps).containsExactly("collateQuarter", "publishQuarterlyReport", "setReviewDueDate",
        "publishQuarterlyReport", "setReviewDueDate");
    assertThat(doubles.notifications).containsExactly("quarterly-report");
  }

  @Test
  void aLateReviewIsChasedFromItsDueDateEveryWeekWithTheAuditManagerToldUntilItIsDone() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(QuarterlyReportProcess.KEY);
    complete("QR-2026-0001", CHOOSE_THEMES);
    java.time.Instant due = task("QR-2026-0001", SENIOR_REVIEW).getDueDate().toInstant();

    org.camunda.bpm.engine.runtime.Job chase = timer("QR-2026-0001", REVIEW_CHASE);
    assertThat(chase.getDuedate().toInstant()).isEqualTo(due);
    fire(chase);

    assertThat(pi).hasPassed(CHASE_REVIEW, REVIEW_CHASED).isWaitingAt(SENIOR_REVIEW);
    assertThat(doubles.notifications).containsExactly("quarterly-report-review-overdue");
    org.camunda.bpm.engine.runtime.Job again = timer("QR-2026-0001", REVIEW_CHASE);
    assertThat(again.getDuedate().toInstant()).isEqualTo(due.plus(java.time.Duration.ofDays(7)));
    fire(again);
    assertThat(doubles.notifications).containsExactly("quarterly-report-review-overdue",
        "quarterly-report-review-overdue");

    complete("QR-2026-0001", SENIOR_REVIEW, Map.of(QuarterlyReportProcess.Vars.REPORT_APPROVED.name(), true));
    assertThat(pi).isEnded();
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void producingAndSendingWaitForTheJobExecutorSoAnOutageBecomesARetryNotAnError() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(QuarterlyReportProcess.KEY);
    taskService.complete(task("QR-2026-0001", CHOOSE_THEMES).getId());

    assertThat(pi).isWaitingAt(PRODUCE);
    assertThat(doubles.steps).doesNotContain("publishQuarterlyReport");
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
    assertThat(pi).isWaitingAt(SENIOR_REVIEW);
    taskService.complete(task("QR-2026-0001", SENIOR_REVIEW).getId(),
        Map.of(QuarterlyReportProcess.Vars.REPORT_APPROVED.name(), true));
    assertThat(pi).isWaitingAt(SEND);
    assertThat(doubles.notifications).isEmpty();
    runAsyncSteps();
    assertThat(pi).isEnded();
  }
}
