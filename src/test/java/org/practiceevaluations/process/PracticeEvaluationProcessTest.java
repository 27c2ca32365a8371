package org.practiceevaluations.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements.*;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.moderation.ModerationProcess;

/**
 * Every path of the practice evaluation map (docs/guide.md, "The practice evaluation"), moderated (with the real
 * moderation map) and unmoderated, on a plain engine. The evaluation's own steps are the application's, over its tables
 * on an in-memory database ({@link EvaluationTables}): the final grade, the discrepancy and who holds the grade that
 * these tests expect are the guide's, worked out by the application's rules. Mail, the child's file and the case
 * register are doubles ({@link EvaluationProcessDoubles}). Timers are fired by moving the engine clock to their due
 * dates.
 */
@Deployment(resources = {"processes/practice-evaluation.bpmn", "processes/moderation.bpmn",
    "processes/grade-dispute.bpmn", "processes/evaluation-deadlines.dmn", "process-tests/concern-catcher.bpmn"})
class PracticeEvaluationProcessTest extends WithEvaluationDoubles {

  @RegisterExtension
  static ProcessEngineExtension extension = coverageAtLeast(0.95, "concern-catcher", "grade-dispute");

  // ------------------------------------------------------------------------------------------------ the paths

  @Test
  void anUnmoderatedEvaluationIsAllocatedCompletedRecordedSharedAndClosedWhenItsActionsAreDone() {
    ProcessInstance pi = start("cevans", null, 1);
    String ref = pi.getBusinessKey();
    assertThat(ref).isEqualTo("PE-2026-0001");
    assertThat(pi).isWaitingAt(READ_ALLOCATION);
    assertThat(doubles.notifications).containsExactly("evaluation-allocated");

    auditorCompletes(ref, true, "good", "yes");
    assertThat(pi).hasPassed(RECORD_SUBMISSION, SAVE_PDF, ADD_CASE_NOTE, SHARE_EVALUATION, MARK_SHARED)
        .hasNotPassed(HAND_TO_MODERATOR, MODERATION, DISCUSS_GRADE, HAND_OVER_CONCERN);
    assertThat(doubles.recordings).containsExactly("pdf", "note:evaluation-summary");
    assertThat(doubles.notifications).containsExactly("evaluation-allocated", "evaluation-shared");
    assertThat(pi).isWaitingAt(SUPERVISION_DISCUSSION);
    assertThat(task(ref, SUPERVISION_DISCUSSION).getAssignee()).isEqualTo("pmurphy");

    complete(ref, SUPERVISION_DISCUSSION);
    complete(ref, WRITE_CASE_NOTE, Map.of(OPEN_ACTION_COUNT.name(), 1));
    assertThat(doubles.recordings).endsWith("note:team-progress");
    assertThat(pi).isWaitingAt(UPDATE_ACTIONS);
    complete(ref, UPDATE_ACTIONS, Map.of(OPEN_ACTION_COUNT.name(), 1));
    assertThat(pi).isWaitingAt(UPDATE_ACTIONS);
    complete(ref, UPDATE_ACTIONS, Map.of(OPEN_ACTION_COUNT.name(), 0));
    teamAcceptsTheGrade(ref);

    assertThat(pi).isEnded().hasPassedInOrder(READ_ALLOCATION, CONTACT_SOCIAL_WORKER, GATHER_FEEDBACK,
        COMPLETE_EVALUATION, REFLECTIVE_DISCUSSION, RECORD_SUBMISSION, SAVE_PDF, ADD_CASE_NOTE, SHARE_EVALUATION,
        MARK_SHARED, SUPERVISION_DISCUSSION, WRITE_CASE_NOTE, RECORD_TEAM_CASE_NOTE, UPDATE_ACTIONS,
        CLOSE_EVALUATION, END_COMPLETE);
    assertThat(doubles.evaluation(ref).getStage()).isEqualTo(EvaluationStage.COMPLETE);
    assertThat(doubles.evaluation(ref).grades().finalGradeSource()).isEqualTo(Evaluation.FinalGradeSource.FIRST_AUDITOR);
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(GRADE_HOLDER.name()).singleResult().getValue()).isEqualTo("cevans");
  }

  @Test
  void whenContactingTheFamilyIsNotSafeTheFeedbackStepIsSkipped() {
    ProcessInstance pi = start("cevans", null, 0);
    auditorCompletes(pi.getBusinessKey(), false, "good", "yes");
    assertThat(pi).hasPassed(CONTACT_SOCIAL_WORKER, COMPLETE_EVALUATION).hasNotPassed(GATHER_FEEDBACK);
  }

  @ParameterizedTest(name = "final grade {0}")
  @ValueSource(strings = {"outstanding", "good", "requires-improvement", "inadequate"})
  void onlyAnInadequateFinalGradeIsHandedOverToCasesOfConcern(String grade) {
    ProcessInstance pi = start("cevans", null, 0);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, grade, "yes");
    if (grade.equals("inadequate")) {
      complete(ref, SPEAK_TO_TEAM);
    }
    teamFollowsUpWithNoActions(ref);
    assertThat(pi).isEnded();
    long concerns = runtimeService.createProcessInstanceQuery().processDefinitionKey("concern-catcher")
        .variableValueEquals(EVALUATION_REFERENCE.name(), ref).count();
    if (grade.equals("inadequate")) {
      assertThat(pi).hasPassed(HAND_OVER_CONCERN);
      assertThat(concerns).isEqualTo(1);
    } else {
      assertThat(pi).hasNotPassed(HAND_OVER_CONCERN);
      assertThat(concerns).isZero();
    }
  }

  @Test
  void anEvaluationWithNoOpenActionsClosesOnceTheCaseNoteIsWritten() {
    ProcessInstance pi = start("cevans", null, 0);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, "outstanding", "yes");
    teamFollowsUpWithNoActions(ref);
    assertThat(pi).isEnded().hasNotPassed(UPDATE_ACTIONS).hasPassed(CLOSE_EVALUATION);
  }

  @Test
  void aDisputedGradeAgreedAfterAReflectiveDiscussionIsRecordedAsACaseNoteAndTheEvaluationGoesOn() {
    ProcessInstance pi = start("cevans", null, 0);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, "requires-improvement", "no");
    assertThat(pi).isWaitingAt(DISCUSS_GRADE);
    assertThat(task(ref, DISCUSS_GRADE).getAssignee()).isEqualTo("cevans");
    complete(ref, DISCUSS_GRADE, Map.of(GRADE_AGREED.name(), true, "agreedGrade", "good"));
    // "If a grade is agreed, it becomes the final grade" (docs/guide.md, "A disputed grade")
    assertThat(runtimeService.getVariable(pi.getId(), FINAL_GRADE.name())).isEqualTo("good");
    assertThat(doubles.evaluation(ref).grades().finalGradeSource())
        .isEqualTo(Evaluation.FinalGradeSource.AGREED_AFTER_DISCUSSION);
    assertThat(doubles.recordings).containsExactly("note:grading-discussion", "pdf", "note:evaluation-summary");
    assertThat(pi).hasPassed(RECORD_GRADE_DISCUSSION).hasNotPassed(DECIDE_GRADE, REFER_DISPUTE)
        .isWaitingAt(SUPERVISION_DISCUSSION);
  }

  @Test
  void aGradeStillDisputedAfterTheDiscussionIsDecidedByTheAuditManager() {
    ProcessInstance pi = start("cevans", null, 0);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, "requires-improvement", "no");
    complete(ref, DISCUSS_GRADE, Map.of(GRADE_AGREED.name(), false));
    assertThat(doubles.notifications).contains("grade-dispute-referred");
    assertThat(pi).isWaitingAt(DECIDE_GRADE);
    assertThat(task(ref, DECIDE_GRADE).getAssignee()).isEqualTo("kmorgan");
    complete(ref, DECIDE_GRADE, Map.of("decidedGrade", "inadequate"));
    // "their grade is final" (docs/guide.md, "A disputed grade")
    assertThat(runtimeService.getVariable(pi.getId(), FINAL_GRADE.name())).isEqualTo("inadequate");
    assertThat(doubles.evaluation(ref).grades().finalGradeSource()).isEqualTo(Evaluation.FinalGradeSource.AUDIT_MANAGER);
    assertThat(pi).isWaitingAt(SPEAK_TO_TEAM);
    complete(ref, SPEAK_TO_TEAM);
    assertThat(pi).hasPassedInOrder(DISCUSS_GRADE, RECORD_GRADE_DISCUSSION, REFER_DISPUTE, DECIDE_GRADE,
        RECORD_FINAL_GRADE, SPEAK_TO_TEAM, SAVE_PDF).hasPassed(HAND_OVER_CONCERN);
  }

  @Test
  void aModeratedEvaluationWaitsForTheModeratorWhoseAgreeingGradeBecomesFinal() {
    ProcessInstance pi = start("cevans", "sclarke", 0);
    String ref = pi.getBusinessKey();
    ProcessInstance moderation = moderationOf(pi);
    assertThat(moderation).isWaitingAt(ModerationProcess.Elements.READ_CASE_FILE);
    assertThat(task(ref, ModerationProcess.Elements.READ_CASE_FILE).getAssignee()).isEqualTo("sclarke");

    complete(ref, ModerationProcess.Elements.READ_CASE_FILE);
    assertThat(moderation).isWaitingAt(ModerationProcess.Elements.WAIT_FOR_FIRST_EVALUATION);

    auditorCompletes(ref, true, "good", "yes");
    assertThat(pi).hasPassed(HAND_TO_MODERATOR, SEND_TO_MODERATOR);
    assertThat(doubles.notifications).contains("first-evaluation-submitted");
    assertThat(moderation).isWaitingAt(ModerationProcess.Elements.COMPLETE_MODERATION);
    assertThat(task(ref, ModerationProcess.Elements.COMPLETE_MODERATION).getDueDate())
        .isEqualTo(runtimeService.getVariable(moderation.getId(), MODERATION_DUE_DATE.name()));

    moderatorCompletes(ref, "good", "yes");
    assertThat(moderation).isEnded().hasNotPassed(ModerationProcess.Elements.SEND_DISCREPANCY);
    assertThat(pi).hasPassed(MODERATION).isWaitingAt(SUPERVISION_DISCUSSION);
    // "the moderator's grade is final"; the same grade as the first auditor's is no discrepancy (docs/guide.md,
    // "Moderation")
    assertThat(runtimeService.getVariable(pi.getId(), FINAL_GRADE.name())).isEqualTo("good");
    assertThat(runtimeService.getVariable(pi.getId(), DISCREPANCY.name())).isEqualTo(false);
    assertThat(runtimeService.getVariable(pi.getId(), GRADE_HOLDER.name())).isEqualTo("sclarke");
    assertThat(doubles.evaluation(ref).grades().finalGradeSource()).isEqualTo(Evaluation.FinalGradeSource.MODERATOR);
    assertThat(doubles.evaluation(ref).moderation().discrepancy()).isFalse();
  }

  @Test
  void aModeratorWhoGradesDifferentlyIsRecordedAsADiscrepancyAndTheirGradeIsFinal() {
    ProcessInstance pi = start("cevans", "sclarke", 0);
    String ref = pi.getBusinessKey();
    ProcessInstance moderation = moderationOf(pi);
    // the first evaluation arrives while the moderator is still reading the case file
    auditorCompletes(ref, true, "good", "yes");
    assertThat(moderation).hasPassed(ModerationProcess.Elements.FIRST_EVALUATION_ARRIVED)
        .isWaitingAt(ModerationProcess.Elements.COMPLETE_MODERATION);

    moderatorCompletes(ref, "inadequate", "yes");
    assertThat(moderation).isEnded().hasPassed(ModerationProcess.Elements.SEND_DISCREPANCY,
        ModerationProcess.Elements.SEND_INADEQUATE_AT_ONCE);
    assertThat(doubles.notifications).contains("moderation-discrepancy");
    complete(ref, SPEAK_TO_TEAM);
    // a grade different from the first auditor's is a discrepancy; the moderator's is final (docs/guide.md,
    // "Moderation")
    assertThat(runtimeService.getVariable(pi.getId(), FINAL_GRADE.name())).isEqualTo("inadequate");
    assertThat(runtimeService.getVariable(pi.getId(), DISCREPANCY.name())).isEqualTo(true);
    assertThat(runtimeService.getVariable(pi.getId(), GRADE_HOLDER.name())).isEqualTo("sclarke");
    assertThat(doubles.evaluation(ref).grades().firstGrade()).as("the first auditor's grade is kept")
        .isEqualTo(org.practiceevaluations.catalogue.Grade.GOOD);
    assertThat(doubles.evaluation(ref).moderation().discrepancy()).isTrue();
    assertThat(pi).hasPassed(HAND_OVER_CONCERN);
  }

  @Test
  void aTeamThatDisagreesWithTheModeratorIsHeardAtTheModerationDiscussionAndTheModeratorsGradeStaysFinal() {
    ProcessInstance pi = start("cevans", "sclarke", 0);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, "good", "yes");
    moderatorCompletes(ref, "requires-improvement", "no");
    assertThat(runtimeService.getVariable(pi.getId(), GRADE_DISPUTED.name())).isEqualTo(true);
    assertThat(pi).hasNotPassed(DISCUSS_GRADE, REFER_DISPUTE, DECIDE_GRADE).hasPassed(SAVE_PDF, SHARE_EVALUATION)
        .isWaitingAt(SUPERVISION_DISCUSSION);
    // "whether or not the team agrees with it" (docs/guide.md, "Moderation")
    assertThat(runtimeService.getVariable(pi.getId(), FINAL_GRADE.name())).isEqualTo("requires-improvement");
    assertThat(runtimeService.getVariable(pi.getId(), DISCREPANCY.name())).isEqualTo(true);
    assertThat(doubles.evaluation(ref).grades().finalGradeSource()).isEqualTo(Evaluation.FinalGradeSource.MODERATOR);
  }

  @Test
  void aSafetyEscalationDuringTheAuditorsWorkTellsTheHeadOfServiceAtOnceAndTheEvaluationGoesOn() {
    ProcessInstance pi = start("cevans", null, 0);
    String ref = pi.getBusinessKey();
    complete(ref, READ_ALLOCATION);
    escalate(pi, "cevans");

    assertThat(doubles.notifications).contains("safety-escalation");
    assertThat(pi).isWaitingAt(CONTACT_SOCIAL_WORKER, CONFIRM_SAFETY_ACTION);
    assertThat(task(ref, CONFIRM_SAFETY_ACTION).getAssignee()).isEqualTo("hashworth");
    complete(ref, CONFIRM_SAFETY_ACTION);
    assertThat(doubles.notifications).contains("safety-escalation-confirmed");
    assertThat(pi).isWaitingAt(CONTACT_SOCIAL_WORKER).hasPassed(SEND_CONFIRMATION);
  }

  @Test
  void aSafetyEscalationDuringTheModeratorsWorkAlsoGoesToTheHeadOfService() {
    ProcessInstance pi = start("cevans", "sclarke", 0);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, "good", "yes");
    assertThat(moderationOf(pi)).isWaitingAt(ModerationProcess.Elements.COMPLETE_MODERATION);
    escalate(pi, "sclarke");
    assertThat(pi).isWaitingAt(CONFIRM_SAFETY_ACTION);
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(pi.getId())
        .variableName(RAISED_BY.name()).singleResult().getValue()).isEqualTo("sclarke");
    complete(ref, CONFIRM_SAFETY_ACTION);
    assertThat(moderationOf(pi)).isWaitingAt(ModerationProcess.Elements.COMPLETE_MODERATION);
  }

  @Test
  void theHeadOfServiceIsChasedEveryDayFromTheDueDateUntilTheyConfirmWhatWasDone() {
    ProcessInstance pi = start("cevans", null, 0);
    String ref = pi.getBusinessKey();
    escalate(pi, "cevans");
    Instant due = task(ref, CONFIRM_SAFETY_ACTION).getDueDate().toInstant();
    assertThat(due).isEqualTo(START.atZone(LONDON).plusDays(2).withHour(17).toInstant());

    Job chase = timer(ref, SAFETY_CONFIRMATION_OVERDUE);
    assertThat(chase.getDuedate().toInstant()).isEqualTo(due);
    fire(chase);
    Job again = timer(ref, SAFETY_CONFIRMATION_OVERDUE);
    assertThat(Duration.between(due, again.getDuedate().toInstant())).isEqualTo(Duration.ofDays(1));
    fire(again);
    assertThat(doubles.notifications).containsSubsequence("safety-escalation", "safety-escalation-overdue",
        "safety-escalation-overdue");
    assertThat(pi).isWaitingAt(CONFIRM_SAFETY_ACTION, READ_ALLOCATION);

    complete(ref, CONFIRM_SAFETY_ACTION);
    assertThat(pi).hasPassed(SEND_SAFETY_CONFIRMATION_OVERDUE, SEND_CONFIRMATION);
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
        .activityId(SAFETY_CONFIRMATION_OVERDUE).count()).as("no more chasing once confirmed").isZero();
  }

  @Test
  void twoEscalationsKeepTheirOwnConcerns() {
    ProcessInstance pi = start("cevans", null, 0);
    escalate(pi, "cevans");
    runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.SAFETY_ESCALATION_RAISED)
        .processInstanceId(pi.getId())
        .setVariableToTriggeredScope(RAISED_BY.name(), "kmorgan")
        .setVariableToTriggeredScope(ESCALATION_CONCERN.name(), "A second concern")
        .correlateWithResult();
    runAsyncSteps();
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(CONFIRM_SAFETY_ACTION)
        .list()).hasSize(2).extracting(t -> taskService.getVariable(t.getId(), ESCALATION_CONCERN.name()))
        .containsExactlyInAnyOrder("The child disclosed harm at home", "A second concern");
  }

  // ------------------------------------------------------------------------------------------------ inadequate

  @Test
  void anAuditorsInadequateGradeIsToldAtOnceBeforeTheReflectiveDiscussionAndAnotherGradeIsNot() {
    ProcessInstance inadequate = start("cevans", null, 0);
    String ref = inadequate.getBusinessKey();
    complete(ref, READ_ALLOCATION);
    complete(ref, CONTACT_SOCIAL_WORKER, Map.of(FAMILY_CONTACT_SAFE.name(), false));
    complete(ref, COMPLETE_EVALUATION, evaluationAnswers(ref, "inadequate"));
    assertThat(inadequate).hasPassed(SEND_INADEQUATE_AT_ONCE).isWaitingAt(REFLECTIVE_DISCUSSION)
        .hasNotPassed(RECORD_SUBMISSION, SHARE_EVALUATION);
    assertThat(doubles.notifications).containsExactly("evaluation-allocated", "inadequate-grade");
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(inadequate.getId())
        .variableName(GRADED_BY.name()).singleResult().getValue()).isEqualTo("auditor");

    doubles.notifications.clear();
    ProcessInstance good = start("cevans", null, 0);
    auditorCompletes(good.getBusinessKey(), false, "good", "yes");
    assertThat(good).hasNotPassed(SEND_INADEQUATE_AT_ONCE, SPEAK_TO_TEAM);
    assertThat(doubles.notifications).doesNotContain("inadequate-grade");
  }

  @Test
  void aModeratorsInadequateGradeIsToldAtOnceBeforeTheModerationDiscussion() {
    ProcessInstance pi = start("cevans", "sclarke", 0);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, "requires-improvement", "yes");
    complete(ref, ModerationProcess.Elements.COMPLETE_MODERATION, Map.of(MODERATED_GRADE.name(), "inadequate"));
    assertThat(moderationOf(pi)).hasPassed(ModerationProcess.Elements.SEND_INADEQUATE_AT_ONCE)
        .isWaitingAt(ModerationProcess.Elements.MODERATION_DISCUSSION);
    assertThat(doubles.notifications).endsWith("first-evaluation-submitted", "inadequate-grade");
  }

  @Test
  void anInadequateEvaluationIsNotSentToTheTeamUntilTheAuditorHasSpokenToThemAndTheyAreChasedMeanwhile() {
    ProcessInstance pi = start("cevans", null, 0);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, false, "inadequate", "yes");
    assertThat(pi).hasPassed(RECORD_FINAL_GRADE).isWaitingAt(SPEAK_TO_TEAM)
        .hasNotPassed(SAVE_PDF, ADD_CASE_NOTE, SHARE_EVALUATION, HAND_OVER_CONCERN);
    assertThat(task(ref, SPEAK_TO_TEAM).getAssignee()).isEqualTo("cevans");
    Instant due = ((java.util.Date) runtimeService.getVariable(pi.getId(), SPEAK_TO_TEAM_DUE_DATE.name())).toInstant();
    assertThat(due).isEqualTo(now().atZone(LONDON).plusDays(2).withHour(17).withMinute(0).toInstant());
    assertThat(task(ref, SPEAK_TO_TEAM).getDueDate().toInstant()).isEqualTo(due);

    Job overdue = timer(ref, SPEAK_TO_TEAM_OVERDUE);
    assertThat(overdue.getDuedate().toInstant()).isEqualTo(due);
    fire(overdue);
    Job again = timer(ref, SPEAK_TO_TEAM_OVERDUE);
    assertThat(Duration.between(due, again.getDuedate().toInstant())).isEqualTo(Duration.ofDays(7));
    fire(again);
    assertThat(doubles.notifications).endsWith("speak-to-team-overdue", "speak-to-team-overdue");
    assertThat(pi).isWaitingAt(SPEAK_TO_TEAM).hasNotPassed(SHARE_EVALUATION);

    complete(ref, SPEAK_TO_TEAM);
    assertThat(pi).hasPassedInOrder(SPEAK_TO_TEAM, SAVE_PDF, ADD_CASE_NOTE, SHARE_EVALUATION, HAND_OVER_CONCERN);
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).activityId(SPEAK_TO_TEAM_OVERDUE)
        .count()).isZero();
  }

  // ------------------------------------------------------------------------------------------------ after sharing

  @Test
  void onceTheEvaluationIsSharedTheTeamManagerHasTwoWeeksToSayWhetherTheTeamAcceptsTheGrade() {
    ProcessInstance pi = start("cevans", null, 0);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, "requires-improvement", "yes");
    assertThat(pi).hasPassed(AFTER_SHARING).isWaitingAt(SUPERVISION_DISCUSSION, TEAM_ACCEPTS_GRADE);
    Instant windowEnd = ((java.util.Date) runtimeService.getVariable(pi.getId(), DISPUTE_WINDOW_END_DATE.name())).toInstant();
    assertThat(windowEnd).isEqualTo(now().atZone(LONDON).plusDays(14).withHour(17).withMinute(0).withSecond(0)
        .withNano(0).toInstant());
    assertThat(task(ref, TEAM_ACCEPTS_GRADE).getAssignee()).isEqualTo("pmurphy");
    assertThat(task(ref, TEAM_ACCEPTS_GRADE).getDueDate().toInstant()).isEqualTo(windowEnd);

    teamAcceptsTheGrade(ref);
    assertThat(pi).hasPassed("EndEvent_GradeAccepted").hasNotPassed(SETTLE_DISPUTE)
        .isWaitingAt(SUPERVISION_DISCUSSION);
  }

  @Test
  void whenTheTimeToDisputePassesTheGradeStandsAndTheEvaluationEndsWithItsFollowUp() {
    ProcessInstance pi = start("cevans", null, 0);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, "good", "yes");
    Job window = timer(ref, DISPUTE_WINDOW_CLOSED);
    assertThat(window.getDuedate()).isEqualTo(runtimeService.getVariable(pi.getId(), DISPUTE_WINDOW_END_DATE.name()));
    fire(window);
    assertThat(pi).hasPassed("EndEvent_DisputeTimeOver").isWaitingAt(SUPERVISION_DISCUSSION);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TEAM_ACCEPTS_GRADE)
        .count()).isZero();
    complete(ref, SUPERVISION_DISCUSSION);
    complete(ref, WRITE_CASE_NOTE, Map.of(OPEN_ACTION_COUNT.name(), 0));
    assertThat(pi).isEnded();
  }

  @Test
  void aProcessOwnerWhoShortensTheTimeToDisputeInTheDecisionTableChangesWhenTheOfferEnds() throws Exception {
    String table = java.nio.file.Files.readString(java.nio.file.Path.of("processes/evaluation-deadlines.dmn"));
    String shortened = table.replace("<outputEntry id=\"Out_S12\"><text>\"P14D\"</text>",
        "<outputEntry id=\"Out_S12\"><text>\"P7D\"</text>");
    assertThat(shortened).as("the standard row's disputeWindow").isNotEqualTo(table);
    String deployment = repositoryService().createDeployment().name("a week to dispute")
        .addString("evaluation-deadlines.dmn", shortened).deploy().getId();
    try {
      ProcessInstance pi = start("cevans", null, 0);
      String ref = pi.getBusinessKey();
      auditorCompletes(ref, true, "good", "yes");
      Instant windowEnd = now().atZone(LONDON).plusDays(7).withHour(17).withMinute(0).withSecond(0).withNano(0)
          .toInstant();
      Job window = timer(ref, DISPUTE_WINDOW_CLOSED);
      assertThat(window.getDuedate().toInstant()).isEqualTo(windowEnd);
      assertThat(task(ref, TEAM_ACCEPTS_GRADE).getDueDate().toInstant()).isEqualTo(windowEnd);

      setClock(windowEnd.minusSeconds(3600));
      assertThat(managementService.createJobQuery().timers().executable().activityId(DISPUTE_WINDOW_CLOSED).count())
          .as("an hour before the end the offer still stands").isZero();
      assertThat(pi).isWaitingAt(TEAM_ACCEPTS_GRADE);
      fire(window);
      assertThat(pi).hasPassed(DISPUTE_WINDOW_CLOSED).hasNotPassed(SETTLE_DISPUTE);
      assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TEAM_ACCEPTS_GRADE)
          .count()).as("no longer offered").isZero();
    } finally {
      repositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void aTeamThatDisputesTheGradeItReceivedHasItSettledByTheAuditorAndIfNeedBeTheAuditManager() {
    ProcessInstance pi = start("cevans", null, 0);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, "requires-improvement", "yes");
    complete(ref, TEAM_ACCEPTS_GRADE, Map.of(TEAM_DISPUTES_GRADE.name(), true));
    ProcessInstance dispute = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .singleResult();
    assertThat(dispute.getBusinessKey()).isEqualTo(ref);
    assertThat(dispute).isWaitingAt("Task_DiscussReceivedGrade");
    assertThat(task(ref, "Task_DiscussReceivedGrade").getAssignee()).isEqualTo("cevans");
    assertThat(pi).isWaitingAt(SUPERVISION_DISCUSSION, SETTLE_DISPUTE);

    complete(ref, "Task_DiscussReceivedGrade", Map.of(GRADE_AGREED.name(), true, "agreedGrade",
        "requires-improvement"));
    assertThat(runtimeService.getVariable(pi.getId(), FINAL_GRADE.name())).isEqualTo("requires-improvement");
    assertThat(dispute).isEnded();
    assertThat(pi).hasPassed(SETTLE_DISPUTE, "EndEvent_DisputeSettled").isWaitingAt(SUPERVISION_DISCUSSION);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"moderated", "disputed at the reflective discussion", "re-audit"})
  void aGradeAlreadySettledIsNotOfferedForDisputeAgain(String why) {
    ProcessInstance pi = switch (why) {
      case "moderated" -> start("cevans", "sclarke", 0);
      case "re-audit" -> start("cevans", null, 0, "re-audit");
      default -> start("cevans", null, 0);
    };
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, "good", why.startsWith("disputed") ? "no" : "yes");
    if (why.equals("moderated")) {
      moderatorCompletes(ref, "good", "yes");
    }
    if (why.startsWith("disputed")) {
      complete(ref, DISCUSS_GRADE, Map.of(GRADE_AGREED.name(), true, "agreedGrade", "good"));
    }
    assertThat(pi).hasPassed(NO_DISPUTE_OFFERED).hasNotPassed(TEAM_ACCEPTS_GRADE).isWaitingAt(SUPERVISION_DISCUSSION);
  }

  // ------------------------------------------------------------------------------------------------ deadlines

  @Test
  void aStandardEvaluationIsDueInAboutAMonthAndAModeratedOneInThreeWeeks() {
    ProcessInstance standard = start("cevans", null, 0);
    ProcessInstance moderated = start("cevans", "sclarke", 0);
    ZonedDateTime allocated = START.atZone(LONDON);
    assertThat(dueOf(standard)).isEqualTo(allocated.plusMonths(1).withHour(17).toInstant());
    assertThat(dueOf(moderated)).isEqualTo(allocated.plusDays(21).withHour(17).toInstant());
    assertThat(task(standard.getBusinessKey(), READ_ALLOCATION).getDueDate().toInstant())
        .isEqualTo(dueOf(standard));
  }

  @Test
  void theAuditorIsRemindedAWeekBeforeTheDueDate() {
    ProcessInstance pi = start("cevans", null, 0);
    Job reminder = timer(pi.getBusinessKey(), AUDIT_REMINDER);
    assertThat(reminder.getDuedate().toInstant())
        .isEqualTo(dueOf(pi).atZone(LONDON).minusDays(7).withHour(9).toInstant());
    fire(reminder);
    assertThat(doubles.notifications).containsExactly("evaluation-allocated", "evaluation-reminder");
    assertThat(pi).hasPassed(SEND_AUDIT_REMINDER).isWaitingAt(READ_ALLOCATION);
  }

  @Test
  void theAuditManagerIsToldAtTheDueDateAndEveryWeekWhileTheEvaluationIsOverdue() {
    ProcessInstance pi = start("cevans", null, 0);
    String ref = pi.getBusinessKey();
    Job overdue = timer(ref, AUDIT_OVERDUE);
    assertThat(overdue.getDuedate().toInstant()).isEqualTo(dueOf(pi));
    fire(overdue);
    Job again = timer(ref, AUDIT_OVERDUE);
    assertThat(Duration.between(dueOf(pi), again.getDuedate().toInstant())).isEqualTo(Duration.ofDays(7));
    fire(again);
    assertThat(doubles.notifications).containsExactly("evaluation-allocated", "evaluation-overdue",
        "evaluation-overdue");
    assertThat(pi).isWaitingAt(READ_ALLOCATION);

    auditorCompletes(ref, true, "good", "yes");
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).activityId(AUDIT_OVERDUE).count())
        .as("no more overdue notices once submitted").isZero();
  }

  @Test
  void theModeratorIsChasedWhenTheModerationIsOverdue() {
    ProcessInstance pi = start("cevans", "sclarke", 0);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, "good", "yes");
    Job overdue = timer(ref, ModerationProcess.Elements.MODERATION_OVERDUE);
    assertThat(Duration.between(now(), overdue.getDuedate().toInstant())).isLessThanOrEqualTo(Duration.ofDays(8));
    fire(overdue);
    assertThat(doubles.notifications).contains("moderation-overdue");
    assertThat(moderationOf(pi)).isWaitingAt(ModerationProcess.Elements.COMPLETE_MODERATION);
  }

  @Test
  void theTeamManagerIsRemindedAndTheAuditManagerToldWhenTheCaseNoteIsLate() {
    ProcessInstance pi = start("cevans", null, 1);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, "good", "yes");
    fire(timer(ref, CASE_NOTE_REMINDER));
    fire(timer(ref, CASE_NOTE_OVERDUE));
    assertThat(doubles.notifications).endsWith("case-note-reminder", "case-note-overdue");
    assertThat(pi).isWaitingAt(SUPERVISION_DISCUSSION);
  }

  @Test
  void theTeamManagerIsRemindedEveryMonthWhileActionsStayOpen() {
    ProcessInstance pi = start("cevans", null, 2);
    String ref = pi.getBusinessKey();
    auditorCompletes(ref, true, "requires-improvement", "yes");
    complete(ref, SUPERVISION_DISCUSSION);
    complete(ref, WRITE_CASE_NOTE, Map.of(OPEN_ACTION_COUNT.name(), 2));
    Instant first = timer(ref, ACTIONS_REMINDER).getDuedate().toInstant();
    fire(timer(ref, ACTIONS_REMINDER));
    Instant second = timer(ref, ACTIONS_REMINDER).getDuedate().toInstant();
    fire(timer(ref, ACTIONS_REMINDER));
    assertThat(doubles.notifications).endsWith("actions-reminder", "actions-reminder");
    assertThat(first.atZone(LONDON).plusMonths(1).toInstant()).isEqualTo(second);
    complete(ref, UPDATE_ACTIONS, Map.of(OPEN_ACTION_COUNT.name(), 0));
    assertThat(pi).hasPassed(CLOSE_EVALUATION).isWaitingAt(TEAM_ACCEPTS_GRADE);
    fire(timer(ref, DISPUTE_WINDOW_CLOSED));
    assertThat(pi).isEnded();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  org.camunda.bpm.engine.RepositoryService repositoryService() {
    return engine.getRepositoryService();
  }

  /** How many actions the auditor sets out in each evaluation (by reference). */
  final Map<String, Integer> actionsOf = new HashMap<>();

  ProcessInstance start(String auditor, String moderator, int actions) {
    return start(auditor, moderator, actions, moderator == null ? "monthly" : "moderated");
  }

  ProcessInstance start(String auditor, String moderator, int actions, String type) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CHILD_REFERENCE.name(), "C104237");
    variables.put(EVALUATION_TYPE.name(), type);
    variables.put(AUDITOR.name(), auditor);
    variables.put(MODERATOR.name(), moderator);
    variables.put(ALLOCATED_BY.name(), "kmorgan");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PracticeEvaluationProcess.KEY, variables);
    runAsyncSteps();
    pi = runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult();
    actionsOf.put(pi.getBusinessKey(), actions);
    return pi;
  }

  void auditorCompletes(String ref, boolean familySafe, String grade, String teamAgrees) {
    complete(ref, READ_ALLOCATION);
    complete(ref, CONTACT_SOCIAL_WORKER, Map.of(FAMILY_CONTACT_SAFE.name(), familySafe));
    if (familySafe) {
      complete(ref, GATHER_FEEDBACK);
    }
    complete(ref, COMPLETE_EVALUATION, evaluationAnswers(ref, grade));
    complete(ref, REFLECTIVE_DISCUSSION, Map.of("teamAgreesWithGrade", teamAgrees));
  }

  /** The evaluation form's overall grade and the actions for the team, as many as the evaluation was started with. */
  Map<String, Object> evaluationAnswers(String ref, String grade) {
    List<Map<String, Object>> actions = new ArrayList<>();
    for (int n = 1; n <= actionsOf.getOrDefault(ref, 0); n++) {
      actions.add(Map.of("description", "Action " + n, "owner", "pmurphy",
          "dueDate", now().atZone(LONDON).toLocalDate().plusWeeks(n).toString()));
    }
    return Map.of("overallGrade", grade, "actions", actions);
  }

  void moderatorCompletes(String ref, String grade, String teamAgrees) {
    complete(ref, ModerationProcess.Elements.COMPLETE_MODERATION, Map.of("moderatedGrade", grade));
    complete(ref, ModerationProcess.Elements.MODERATION_DISCUSSION, Map.of("teamAgreesWithGrade", teamAgrees));
  }

  void teamFollowsUpWithNoActions(String ref) {
    complete(ref, SUPERVISION_DISCUSSION);
    complete(ref, WRITE_CASE_NOTE, Map.of(OPEN_ACTION_COUNT.name(), 0));
    teamAcceptsTheGrade(ref);
  }

  void teamAcceptsTheGrade(String ref) {
    complete(ref, TEAM_ACCEPTS_GRADE, Map.of(TEAM_DISPUTES_GRADE.name(), false));
  }

  void escalate(ProcessInstance pi, String raisedBy) {
    runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.SAFETY_ESCALATION_RAISED)
        .processInstanceId(pi.getId())
        .setVariableToTriggeredScope(RAISED_BY.name(), raisedBy)
        .setVariableToTriggeredScope(ESCALATION_CONCERN.name(), "The child disclosed harm at home")
        .correlateWithResult();
    runAsyncSteps();
  }

  ProcessInstance moderationOf(ProcessInstance pi) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
  }

  org.camunda.bpm.engine.HistoryService historyService() {
    return engine.getHistoryService();
  }

  Instant dueOf(ProcessInstance pi) {
    return ((java.util.Date) runtimeService.getVariable(pi.getId(), AUDIT_DUE_DATE.name())).toInstant();
  }
}
