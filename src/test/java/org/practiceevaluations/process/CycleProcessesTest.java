package org.practiceevaluations.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceevaluations.cycle.CycleProcess;

/**
 * The monthly audit cycle and its schedule, the thematic audit, audit requests and the safety escalation started
 * from Tasklist: every path, the schedule's timer fired by moving the clock.
 */
@Deployment(resources = {"processes/monthly-audit-cycle.bpmn", "processes/monthly-audit-cycle-schedule.bpmn",
    "processes/thematic-audit.bpmn", "processes/audit-request.bpmn", "processes/safety-escalation.bpmn"})
class CycleProcessesTest extends WithEvaluationDoubles {

  @RegisterExtension
  static ProcessEngineExtension extension = coverageAtLeast(0.95);

  @Test
  void onTheFirstWorkingDayOfTheMonthTheScheduleStartsACycleThatTheAuditManagerReviewsBeforeTheEvaluationsStart() {
    Job schedule = managementService.createJobQuery().processDefinitionKey(CycleProcess.SCHEDULE_KEY).timers()
        .singleResult();
    // the working day nearest the 1st, at 07:00 server time: after 2 March 2026 comes Wednesday 1 April
    assertThat(schedule.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDateTime())
        .isEqualTo(java.time.LocalDateTime.of(2026, 4, 1, 7, 0));
    fire(schedule);
    assertThat(doubles.steps).containsExactly("startMonthlyCycle", "selectCycleCases");

    ProcessInstance cycle = runtimeService.createProcessInstanceQuery().processDefinitionKey(CycleProcess.MONTHLY_KEY)
        .singleResult();
    assertThat(cycle.getBusinessKey()).isEqualTo("AC-2026-03");
    assertThat(cycle).isWaitingAt("Task_ReviewSelection");
    assertThat(task("AC-2026-03", "Task_ReviewSelection").getAssignee()).isEqualTo("kmorgan");
    complete("AC-2026-03", "Task_ReviewSelection");
    assertThat(cycle).isEnded().hasPassedInOrder("Task_SelectCases", "Task_ReviewSelection", "Task_StartEvaluations");
    assertThat(managementService.createJobQuery().processDefinitionKey(CycleProcess.SCHEDULE_KEY).timers().count())
        .as("the schedule waits for next month").isEqualTo(1);
  }

  @Test
  void theAuditTeamCanStartACycleByHand() {
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey(CycleProcess.MONTHLY_KEY,
        Map.of(CycleProcess.Vars.STARTED_BY.name(), "kmorgan"));
    assertThat(cycle).isWaitingAt("Task_ReviewSelection");
  }

  @Test
  void aThematicAuditChoosesItsCohortWhichTheAuditManagerReviewsThenTheEvaluationsStartTogether() {
    ProcessInstance theme = runtimeService.startProcessInstanceByKey(CycleProcess.THEMATIC_KEY,
        Map.of(CycleProcess.Vars.STARTED_BY.name(), "kmorgan", CycleProcess.Vars.THEME_NAME.name(), "Pre-birth assessments"));
    assertThat(theme).isWaitingAt("Task_ReviewCohort");
    complete("TH-2026-0001", "Task_ReviewCohort");
    assertThat(theme).isEnded().hasPassedInOrder("Task_SelectCohort", "Task_ReviewCohort", "Task_StartEvaluations");
  }

  @Test
  void anAcceptedRequestIsQueuedForTheNextCycleAndTheRequesterTold() {
    ProcessInstance request = request();
    complete("AR-2026-0001", "Task_DecideRequest", Map.of(CycleProcess.Vars.REQUEST_ACCEPTED.name(), true));
    assertThat(request).isEnded().hasPassed("Task_QueueRequest", "Task_TellAccepted").hasNotPassed("Task_TellDeclined");
    assertThat(doubles.notifications).containsExactly("request-accepted");
  }

  @Test
  void aDeclinedRequestTellsTheRequesterWhy() {
    ProcessInstance request = request();
    complete("AR-2026-0001", "Task_DecideRequest", Map.of(CycleProcess.Vars.REQUEST_ACCEPTED.name(), false,
        CycleProcess.Vars.DECISION_REASON.name(), "The case was audited last month."));
    assertThat(request).isEnded().hasPassed("Task_TellDeclined").hasNotPassed("Task_QueueRequest");
    assertThat(doubles.notifications).containsExactly("request-declined");
  }

  @Test
  void aSafetyEscalationStartedFromTasklistIsHandedToTheEvaluation() {
    ProcessInstance escalation = runtimeService.startProcessInstanceByKey("safety-escalation",
        Map.of("evaluationReference", "PE-2026-0001", "escalationConcern", "The child disclosed harm.",
            "raisedBy", "cevans"));
    assertThat(escalation).isEnded().hasPassed("Task_RaiseEscalation");
    assertThat(doubles.steps).containsExactly("raiseSafetyEscalation");
  }

  ProcessInstance request() {
    ProcessInstance request = runtimeService.startProcessInstanceByKey(CycleProcess.REQUEST_KEY,
        Map.of(CycleProcess.Vars.REQUESTER.name(), "ejones", CycleProcess.Vars.CHILD_REFERENCE.name(), "C104237"));
    assertThat(request).isWaitingAt("Task_DecideRequest");
    assertThat(task("AR-2026-0001", "Task_DecideRequest").getAssignee()).isEqualTo("kmorgan");
    return request;
  }
}
