package org.practiceevaluations.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Elements.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceevaluations.concern.CaseOfConcernProcess;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;

/**
 * Every path and timer of the cases-of-concern map (docs/guide.md, "Cases of concern"): the evaluation circulated, the
 * practice manager's response within a week (the audit manager told of it), the review meeting within a month, monthly
 * reviews due a week after they are asked for and chased when late (the audit manager told of each), the re-audit
 * allocated so that it is due three months after the grade, and the concern closing only when the decision
 * concern-outcome says so: the re-audit not inadequate and the latest review confirming the improvement held.
 */
@Deployment(resources = {"processes/case-of-concern.bpmn", "processes/concern-deadlines.dmn"})
class CaseOfConcernProcessTest extends WithEvaluationDoubles {

  @RegisterExtension
  static ProcessEngineExtension extension = coverageAtLeast(0.95);

  @Test
  void anInadequateEvaluationIsCirculatedAndThePracticeManagerAskedForTheirResponse() {
    ProcessInstance concern = open("PE-2026-0042");
    assertThat(concern.getBusinessKey()).startsWith("CC-2026-");
    // the audit manager, social worker and team manager were told at once when it was graded, by the evaluation
    assertThat(doubles.notifications).containsExactly("inadequate-evaluation-circulated");
    assertThat(concern).isWaitingAt(PRACTICE_MANAGER_RESPONSE);
    assertThat(task(concern.getBusinessKey(), PRACTICE_MANAGER_RESPONSE).getAssignee()).isEqualTo("lharris");
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
  void theAuditManagerIsToldOfTheResponseAndTheReviewMeetingFollowsWithItsInvitationAWeekBefore() {
    ProcessInstance concern = open("PE-2026-0042");
    String key = concern.getBusinessKey();
    complete(key, PRACTICE_MANAGER_RESPONSE);
    assertThat(doubles.notifications).endsWith("practice-manager-response-received");
    assertThat(concern).hasPassed(SEND_RESPONSE_RECEIVED).isWaitingAt(REVIEW_MEETING);
    fire(timer(key, REVIEW_MEETING_DUE));
    assertThat(doubles.notifications).endsWith("review-meeting-due");
    complete(key, REVIEW_MEETING);
    assertThat(concern).isWaitingAt(NEXT_EVENT);
  }

  @Test
  void aMonthlyReviewIsDueAWeekAfterItIsAskedForIsChasedEveryWeekWhenLateAndIsToldToTheAuditManager() {
    String key = followed("PE-2026-0042");
    Instant asked = timer(key, NEXT_MONTHLY_REVIEW).getDuedate().toInstant();
    fire(timer(key, NEXT_MONTHLY_REVIEW));
    assertThat(doubles.notifications).endsWith("monthly-review-due");
    Instant due = task(key, MONTHLY_PROGRESS_REVIEW).getDueDate().toInstant();
    assertThat(due).isEqualTo(asked.atZone(LONDON).plusDays(7).withHour(17).withMinute(0).toInstant());
    assertThat(task(key, MONTHLY_PROGRESS_REVIEW).getAssignee()).isEqualTo("lharris");

    Job late = timer(key, PROGRESS_REVIEW_OVERDUE);
    assertThat(late.getDuedate().toInstant()).isEqualTo(due);
    fire(late);
    Job again = timer(key, PROGRESS_REVIEW_OVERDUE);
    assertThat(Duration.between(due, again.getDuedate().toInstant())).isEqualTo(Duration.ofDays(7));
    fire(again);
    assertThat(doubles.notifications).endsWith("monthly-review-overdue", "monthly-review-overdue");

    complete(key, MONTHLY_PROGRESS_REVIEW, Map.of(CaseOfConcernProcess.Vars.IMPROVEMENT_SUSTAINED.name(), true));
    assertThat(doubles.notifications).endsWith("progress-review-received");
    // no re-audit yet: the concern cannot close, and next month's review is awaited
    assertThat(concernOf(key)).hasPassed(SEND_PROGRESS_REVIEW_RECEIVED, DECIDE_OUTCOME).isWaitingAt(NEXT_EVENT)
        .hasNotPassed(CLOSE_CONCERN);
    assertThat(managementService.createJobQuery().processInstanceId(concernOf(key).getId())
        .activityId(PROGRESS_REVIEW_OVERDUE).count()).isZero();
  }

  @Test
  void theReAuditIsAllocatedAMonthBeforeItIsDueSoThatItIsDueThreeMonthsAfterTheGrade() {
    String key = followed("PE-2026-0042");
    Instant reAuditDue = ((Date) runtimeService.getVariable(concernOf(key).getId(),
        CaseOfConcernProcess.Vars.RE_AUDIT_DUE_DATE.name())).toInstant();
    assertThat(reAuditDue).isEqualTo(START.atZone(LONDON).plusMonths(3).withHour(17).toInstant());
    Job allocate = timer(key, ALLOCATE_RE_AUDIT_TIMER);
    assertThat(allocate.getDuedate().toInstant())
        .isEqualTo(reAuditDue.atZone(LONDON).minusMonths(1).withHour(9).toInstant());
    fire(allocate);
    assertThat(doubles.steps).contains("allocateReAudit").doesNotContain("queueReAudit");
    assertThat(doubles.notifications).endsWith("re-audit-due");
    assertThat(concernOf(key)).hasPassed(ALLOCATE_RE_AUDIT, SEND_RE_AUDIT_ALLOCATED).isWaitingAt(NEXT_EVENT);
  }

  @Test
  void anImprovedReAuditClosesTheConcernOnlyOnceTheLatestMonthlyReviewConfirmsTheImprovementHeld() {
    String key = followed("PE-2026-0042");
    fire(timer(key, NEXT_MONTHLY_REVIEW));
    complete(key, MONTHLY_PROGRESS_REVIEW, Map.of(CaseOfConcernProcess.Vars.IMPROVEMENT_SUSTAINED.name(), false));
    fire(timer(key, ALLOCATE_RE_AUDIT_TIMER));

    reAuditFinished("PE-2026-0042", "PE-2026-0099", "good");
    assertThat(concernOf(key)).as("improved, but the latest review has not seen it hold").isWaitingAt(NEXT_EVENT)
        .hasNotPassed(CLOSE_CONCERN, RECORD_RE_AUDIT_OUTCOME);
    assertThat(runtimeService.getVariable(concernOf(key).getId(), CaseOfConcernProcess.Vars.CONCERN_OUTCOME.name()))
        .isEqualTo("keep-reviewing");

    ProcessInstance concern = concernOf(key);
    fire(timer(key, NEXT_MONTHLY_REVIEW));
    complete(key, MONTHLY_PROGRESS_REVIEW, Map.of(CaseOfConcernProcess.Vars.IMPROVEMENT_SUSTAINED.name(), true));
    assertThat(concern).isEnded().hasPassed(IMPROVEMENT_SUSTAINED, RECORD_RE_AUDIT_OUTCOME, CLOSE_CONCERN, CLOSED)
        .hasNotPassed(CARRY_ON);
    assertThat(doubles.recordings).containsExactly("note:re-audit-outcome");
    assertThat(managementService.createJobQuery().processInstanceId(concern.getId()).count()).isZero();
  }

  @Test
  void anImprovedReAuditAfterAReviewConfirmingTheImprovementHeldClosesTheConcernAtOnce() {
    String key = followed("PE-2026-0042");
    ProcessInstance concern = concernOf(key);
    fire(timer(key, NEXT_MONTHLY_REVIEW));
    complete(key, MONTHLY_PROGRESS_REVIEW, Map.of(CaseOfConcernProcess.Vars.IMPROVEMENT_SUSTAINED.name(), true));
    reAuditFinished("PE-2026-0042", "PE-2026-0099", "requires-improvement");
    assertThat(concern).isEnded().hasPassed(WAITING_FOR_RE_AUDIT, CLOSE_CONCERN).hasNotPassed(CARRY_ON);
  }

  @Test
  void aReAuditStillInadequateWhileAMonthlyReviewIsOpenCarriesTheConcernOnWithTheNewEvaluation() {
    String key = followed("PE-2026-0042");
    ProcessInstance concern = concernOf(key);
    fire(timer(key, NEXT_MONTHLY_REVIEW));
    assertThat(concern).isWaitingAt(MONTHLY_PROGRESS_REVIEW);
    doubles.notifications.clear();

    reAuditFinished("PE-2026-0042", "PE-2026-0099", "inadequate");
    assertThat(concern).hasPassed(RE_AUDIT_DURING_REVIEW, STILL_INADEQUATE, RECORD_RE_AUDIT_OUTCOME, CARRY_ON)
        .hasNotPassed(CLOSE_CONCERN).isWaitingAt(PRACTICE_MANAGER_RESPONSE);
    assertThat(runtimeService.getVariable(concern.getId(), PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE.name()))
        .isEqualTo("PE-2026-0099");
    assertThat(runtimeService.getVariable(concern.getId(), PracticeEvaluationProcess.Vars.RE_AUDIT_GRADE.name())).isNull();
    assertThat(doubles.notifications).containsExactly("inadequate-evaluation-circulated");
  }

  @Test
  void aGradeRevisedAfterTheTeamsDisputeClosesTheConcernWhereverItIsAndTellsEveryoneWhoHadTheEvaluation() {
    String key = followed("PE-2026-0042");
    ProcessInstance concern = concernOf(key);
    fire(timer(key, NEXT_MONTHLY_REVIEW));
    runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.GRADE_REVISED)
        .processInstanceId(concern.getId()).correlate();
    runAsyncSteps();
    assertThat(concern).isEnded().hasPassed("Task_CloseRevisedConcern", "Task_SendConcernWithdrawn")
        .hasNotPassed(CLOSE_CONCERN, CARRY_ON);
    assertThat(doubles.steps).contains("closeRevisedConcern");
    assertThat(doubles.notifications).endsWith("concern-closed-grade-revised");
    assertThat(managementService.createJobQuery().processInstanceId(concern.getId()).count()).isZero();
  }

  ProcessInstance open(String evaluationReference) {
    runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.INADEQUATE_EVALUATION)
        .processInstanceBusinessKey(evaluationReference)
        .setVariable(PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE.name(), evaluationReference)
        .setVariable(PracticeEvaluationProcess.Vars.CHILD_REFERENCE.name(), "C104237")
        .correlateStartMessage();
    runAsyncSteps();
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CaseOfConcernProcess.KEY)
        .variableValueEquals(PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE.name(), evaluationReference).singleResult();
  }

  /** Opened, responded to and reviewed at its meeting: the monthly reviews begin. */
  String followed(String evaluationReference) {
    String key = open(evaluationReference).getBusinessKey();
    complete(key, PRACTICE_MANAGER_RESPONSE);
    complete(key, REVIEW_MEETING);
    return key;
  }

  ProcessInstance concernOf(String key) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();
  }

  void reAuditFinished(String previous, String reAudit, String grade) {
    runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.RE_AUDIT_COMPLETED)
        .processInstanceVariableEquals(PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE.name(), previous)
        .setVariable(PracticeEvaluationProcess.Vars.RE_AUDIT_REFERENCE.name(), reAudit)
        .setVariable(PracticeEvaluationProcess.Vars.RE_AUDIT_GRADE.name(), grade)
        .correlateAllWithResult();
    runAsyncSteps();
  }
}
