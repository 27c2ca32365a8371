package org.practiceevaluations.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Elements.*;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceevaluations.concern.CaseOfConcernProcess;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;

/**
 * Every path and timer of the cases-of-concern map (docs/guide.md, "Cases of concern"): told at once, the practice
 * manager's response within a week, the review meeting within a month, monthly reviews until the re-audit three months
 * on, which closes the concern when improved and carries it on when still inadequate.
 */
@Deployment(resources = {"processes/case-of-concern.bpmn", "processes/concern-deadlines.dmn"})
class CaseOfConcernProcessTest extends ProcessTestBase {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(0.95).build();

  final EvaluationProcessDoubles doubles = new EvaluationProcessDoubles();

  @Override
  ProcessEngine processEngine() {
    return extension.getProcessEngine();
  }

  @BeforeEach
  void registerDoubles() {
    doubles.register(extension.getProcessEngine().getRuntimeService());
  }

  @Test
  void anInadequateEvaluationIsCirculatedAndThePracticeManagerAskedForTheirResponse() {
    ProcessInstance concern = open("PE-2026-0042");
    assertThat(concern.getBusinessKey()).startsWith("CC-2026-");
    // the team, audit manager and social worker were told at once when it was graded, by the evaluation itself
    assertThat(doubles.notifications).containsExactly("inadequate-evaluation-circulated");
    assertThat(concern).isWaitingAt(PRACTICE_MANAGER_RESPONSE);
    assertThat(task(concern.getBusinessKey(), PRACTICE_MANAGER_RESPONSE).getAssignee()).isEqualTo("lharris");
    assertThat(runtimeService.getVariable(concern.getId(), CaseOfConcernProcess.Vars.CONCERN_ROUND)).isNull();
  }

  @Test
  void thePracticeManagerIsRemindedAndTheAuditManagerAndHeadOfServiceToldWhenTheResponseIsLate() {
    ProcessInstance concern = open("PE-2026-0042");
    String key = concern.getBusinessKey();
    Job reminder = timer(key, RESPONSE_REMINDER);
    Job overdue = timer(key, RESPONSE_OVERDUE);
    assertThat(reminder.getDuedate()).isBefore(overdue.getDuedate());
    assertThat(Duration.between(now(), overdue.getDuedate().toInstant())).isLessThanOrEqualTo(Duration.ofDays(8));
    fire(reminder);
    fire(overdue);
    assertThat(doubles.notifications).endsWith("practice-manager-response-due", "practice-manager-response-overdue");
    assertThat(concern).isWaitingAt(PRACTICE_MANAGER_RESPONSE);
  }

  @Test
  void theReviewMeetingFollowsTheResponseAndItsInvitationGoesAWeekBefore() {
    ProcessInstance concern = open("PE-2026-0042");
    String key = concern.getBusinessKey();
    respond(key);
    assertThat(concern).isWaitingAt(REVIEW_MEETING);
    fire(timer(key, REVIEW_MEETING_DUE));
    assertThat(doubles.notifications).endsWith("review-meeting-due");
    complete(key, REVIEW_MEETING);
    assertThat(concern).isWaitingAt(NEXT_EVENT);
  }

  @Test
  void progressIsReviewedMonthlyTheReAuditIsQueuedAfterThreeMonthsAndAnImprovedReAuditClosesTheConcern() {
    ProcessInstance concern = open("PE-2026-0042");
    String key = concern.getBusinessKey();
    respond(key);
    complete(key, REVIEW_MEETING);
    Instant reAuditDue = timer(key, RE_AUDIT_DUE).getDuedate().toInstant();

    for (int month = 1; month <= 2; month++) {
      fire(timer(key, NEXT_MONTHLY_REVIEW));
      assertThat(task(key, MONTHLY_PROGRESS_REVIEW).getAssignee()).isEqualTo("lharris");
      complete(key, MONTHLY_PROGRESS_REVIEW);
    }
    assertThat(doubles.notifications).filteredOn("monthly-review-due"::equals).hasSize(2);
    fire(timer(key, RE_AUDIT_DUE));
    assertThat(doubles.steps).contains("queueReAudit");
    assertThat(doubles.notifications).endsWith("re-audit-due");
    assertThat(now()).isEqualTo(reAuditDue);

    reAuditFinished("PE-2026-0042", "PE-2026-0099", "good");
    assertThat(concern).isEnded().hasPassed(RECORD_RE_AUDIT_OUTCOME, CLOSE_CONCERN, CLOSED)
        .hasNotPassed(CARRY_ON);
    assertThat(doubles.recordings).containsExactly("note:re-audit-outcome");
    assertThat(managementService.createJobQuery().processInstanceId(concern.getId()).count()).isZero();
  }

  @Test
  void aReAuditStillInadequateWhileAMonthlyReviewIsOpenCarriesTheConcernOnWithTheNewEvaluation() {
    ProcessInstance concern = open("PE-2026-0042");
    String key = concern.getBusinessKey();
    respond(key);
    complete(key, REVIEW_MEETING);
    fire(timer(key, NEXT_MONTHLY_REVIEW));
    assertThat(concern).isWaitingAt(MONTHLY_PROGRESS_REVIEW);
    doubles.notifications.clear();

    reAuditFinished("PE-2026-0042", "PE-2026-0099", "inadequate");
    assertThat(concern).hasPassed(RE_AUDIT_DURING_REVIEW, CARRY_ON).hasNotPassed(CLOSE_CONCERN)
        .isWaitingAt(PRACTICE_MANAGER_RESPONSE);
    assertThat(runtimeService.getVariable(concern.getId(), PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE))
        .isEqualTo("PE-2026-0099");
    assertThat(doubles.notifications).containsExactly("inadequate-evaluation-circulated");
  }

  ProcessInstance open(String evaluationReference) {
    runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.INADEQUATE_EVALUATION)
        .processInstanceBusinessKey(evaluationReference)
        .setVariable(PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE, evaluationReference)
        .setVariable(PracticeEvaluationProcess.Vars.CHILD_REFERENCE, "C104237")
        .correlateStartMessage();
    runAsyncSteps();
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CaseOfConcernProcess.KEY)
        .variableValueEquals(PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE, evaluationReference).singleResult();
  }

  void respond(String key) {
    complete(key, PRACTICE_MANAGER_RESPONSE);
  }

  void reAuditFinished(String previous, String reAudit, String grade) {
    runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.RE_AUDIT_COMPLETED)
        .processInstanceVariableEquals(PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE, previous)
        .setVariable(PracticeEvaluationProcess.Vars.RE_AUDIT_REFERENCE, reAudit)
        .setVariable(PracticeEvaluationProcess.Vars.RE_AUDIT_GRADE, grade)
        .correlateAllWithResult();
    runAsyncSteps();
  }
}
