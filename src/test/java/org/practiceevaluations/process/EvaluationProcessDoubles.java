package org.practiceevaluations.process;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.practiceevaluations.common.EngineClock;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.practiceevaluations.evaluation.HandOverToCasesOfConcern;
import org.practiceevaluations.evaluation.HandToModerator;
import org.practiceevaluations.evaluation.ProcessEvaluations;

/**
 * Test doubles for every bean the evaluation and moderation models call, registered by name for the plain
 * engine. Delegates that only talk to the engine are the real ones; the ones that talk to the application's
 * tables or the outside are Mockito mocks that set the routing variables the real ones set, and record what they
 * were asked to do (templates, note kinds) so tests can assert on it.
 */
class EvaluationProcessDoubles {

  final List<String> notifications = new ArrayList<>();
  final List<String> recordings = new ArrayList<>();
  final List<String> steps = new ArrayList<>();
  final Deadlines deadlines = new Deadlines(new EngineClock(ZoneId.of("Europe/London")));
  final TaskListener prepareForm = mock(TaskListener.class);
  final TaskListener saveAnswers = mock(TaskListener.class);
  private final AtomicInteger references = new AtomicInteger();

  /**
   * Which evaluation a process is about: in these tests no evaluation row exists to link to, so the double answers
   * with the reference the double of "prepare the evaluation" gave the process.
   */
  static ProcessEvaluations processEvaluations() {
    ProcessEvaluations processEvaluations = mock(ProcessEvaluations.class);
    org.mockito.Mockito.when(processEvaluations.referenceOf(org.mockito.ArgumentMatchers.any())).thenAnswer(
        call -> String.valueOf(((DelegateExecution) call.getArgument(0)).getVariable(EVALUATION_REFERENCE.name())));
    return processEvaluations;
  }

  void register(RuntimeService runtimeService) {
    Mocks.register("notify", recording(ex -> notifications.add((String) ex.getVariableLocal("template"))));
    Mocks.register("saveEvaluationPdf", recording(ex -> recordings.add("pdf")));
    Mocks.register("addCaseAuditNote", recording(ex -> recordings.add("note:" + ex.getVariableLocal("noteKind"))));
    Mocks.register("prepareForm", prepareForm);
    Mocks.register("saveAnswers", saveAnswers);
    Mocks.register("handToModerator", new HandToModerator(runtimeService));
    Mocks.register("handOverToCasesOfConcern", new HandOverToCasesOfConcern(runtimeService, processEvaluations()));

    Mocks.register("prepareEvaluation", step("prepareEvaluation", ex -> {
      String reference = "PE-2026-" + String.format("%04d", references.incrementAndGet());
      ex.setProcessBusinessKey(reference);
      ex.setVariable(EVALUATION_REFERENCE.name(), reference);
      ex.setVariable(MODERATED.name(), ex.getVariable(MODERATOR.name()) != null);
      ex.setVariable(SOCIAL_WORKER.name(), "ejones");
      ex.setVariable(TEAM_MANAGER.name(), "pmurphy");
      ex.setVariable(PRACTICE_MANAGER.name(), "lharris");
      ex.setVariable(HEAD_OF_SERVICE.name(), "hashworth");
      ex.setVariable(AUDIT_MANAGER.name(), "kmorgan");
      ex.setVariable(GRADE_HOLDER.name(), ex.getVariable(AUDITOR.name()));
      ex.setVariable(TEAM_NAME.name(), "Assessment Team North");
    }));
    Mocks.register("setDueDates", step("setDueDates", ex -> {
      Map<String, Object> d = durations(ex);
      Instant due = deadlines.dueAfter(deadlines.now(), text(d, EvaluationLifecycle.AUDIT_DURATION));
      ex.setVariable(AUDIT_DUE_DATE.name(), Deadlines.toDate(due));
      ex.setVariable(AUDIT_REMINDER_DATE.name(), Deadlines.toDate(
          deadlines.reminderBefore(due, text(d, EvaluationLifecycle.AUDIT_REMINDER_BEFORE))));
      ex.setVariable(AUDIT_OVERDUE_CYCLE.name(), deadlines.cycleFrom(due, text(d, EvaluationLifecycle.OVERDUE_REPEAT)));
      ex.setVariable(DISPUTE_DUE_DATE.name(), Deadlines.toDate(deadlines.dueAfter(due, "P14D")));
      ex.setVariable(ACTIONS_REMINDER_CYCLE.name(), deadlines.every(text(d, EvaluationLifecycle.ACTIONS_REMINDER_EVERY)));
    }));
    Mocks.register("recordSubmission", step("recordSubmission", ex -> {
      Map<String, Object> d = durations(ex);
      if (Boolean.TRUE.equals(ex.getVariable(MODERATED.name()))) {
        Instant due = deadlines.dueAfter(deadlines.now(), text(d, EvaluationLifecycle.MODERATION_DURATION));
        ex.setVariable(MODERATION_DUE_DATE.name(), Deadlines.toDate(due));
        ex.setVariable(MODERATION_OVERDUE_CYCLE.name(), deadlines.cycleFrom(due, text(d, EvaluationLifecycle.OVERDUE_REPEAT)));
      } else {
        ex.setVariable(FINAL_GRADE.name(), ex.getVariable(FIRST_GRADE.name()));
        ex.setVariable(GRADE_DISPUTED.name(), "no".equals(ex.getVariable("teamAgreesWithGrade")));
      }
    }));
    Mocks.register("recordModeratedGrade", step("recordModeratedGrade", ex -> {
      Object moderated = ex.getVariable("moderatedGrade");
      RuntimeService rs = ex.getProcessEngineServices().getRuntimeService();
      String parent = rs.createProcessInstanceQuery().subProcessInstanceId(ex.getProcessInstanceId())
          .singleResult().getId();
      ex.setVariable(DISCREPANCY.name(), !moderated.equals(rs.getVariable(parent, FIRST_GRADE.name())));
      ex.setVariable(FINAL_GRADE.name(), moderated);
      ex.setVariable(GRADE_DISPUTED.name(), "no".equals(ex.getVariable("teamAgreesWithGrade")));
      ex.setVariable(GRADE_HOLDER.name(), ex.getVariable(MODERATOR.name()));
    }));
    Mocks.register("recordFinalGrade", step("recordFinalGrade", ex -> {
      if ("inadequate".equals(ex.getVariable(FINAL_GRADE.name()))) {
        Map<String, Object> d = durations(ex);
        Instant due = deadlines.dueAfter(deadlines.now(), text(d, EvaluationLifecycle.SPEAK_TO_TEAM_WITHIN));
        ex.setVariable(SPEAK_TO_TEAM_DUE_DATE.name(), Deadlines.toDate(due));
        ex.setVariable(SPEAK_TO_TEAM_OVERDUE_CYCLE.name(), deadlines.cycleFrom(due, text(d, EvaluationLifecycle.OVERDUE_REPEAT)));
      }
    }));
    Mocks.register("markShared", step("markShared", ex -> {
      Instant due = deadlines.dueAfter(deadlines.now(), "P1M");
      ex.setVariable(CASE_NOTE_DUE_DATE.name(), Deadlines.toDate(due));
      ex.setVariable(CASE_NOTE_REMINDER_DATE.name(), Deadlines.toDate(deadlines.reminderBefore(due, "P7D")));
      Object open = ex.getVariable("actionsAtStart");
      ex.setVariable(OPEN_ACTION_COUNT.name(), open == null ? 0 : open);
      ex.setVariable(NEXT_ACTION_DUE_DATE.name(), Deadlines.toDate(deadlines.dueAfter(deadlines.now(), "P14D")));
      ex.setVariable(DISPUTE_WINDOW_END_DATE.name(), Deadlines.toDate(deadlines.dueAfter(deadlines.now(),
          text(durations(ex), EvaluationLifecycle.DISPUTE_WINDOW))));
    }));
    Mocks.register("closeEvaluation", step("closeEvaluation", ex -> { }));
    Mocks.register("raiseSafetyEscalation", step("raiseSafetyEscalation", ex -> { }));

    // cases of concern
    Mocks.register("openConcern", step("openConcern", ex -> {
      String reference = "CC-2026-" + String.format("%04d", references.incrementAndGet());
      ex.setProcessBusinessKey(reference);
      ex.setVariable("concernReference", reference);
      ex.setVariable(AUDITOR.name(), "cevans");
      ex.setVariable(PRACTICE_MANAGER.name(), "lharris");
      ex.setVariable(TEAM_MANAGER.name(), "pmurphy");
      ex.setVariable(SOCIAL_WORKER.name(), "ejones");
      ex.setVariable(AUDIT_MANAGER.name(), "kmorgan");
    }));
    Mocks.register("setConcernDeadlines", step("setConcernDeadlines", ex -> {
      Instant now = deadlines.now();
      Instant response = deadlines.dueAfter(now, "P7D");
      Instant meeting = deadlines.dueAfter(now, "P1M");
      ex.setVariable("practiceManagerResponseDueDate", Deadlines.toDate(response));
      ex.setVariable("practiceManagerResponseReminderDate", Deadlines.toDate(deadlines.reminderBefore(response, "P2D")));
      ex.setVariable("reviewMeetingDueDate", Deadlines.toDate(meeting));
      ex.setVariable("reviewMeetingReminderDate", Deadlines.toDate(deadlines.reminderBefore(meeting, "P7D")));
      ex.setVariable("progressReviewEvery", "P1M");
      Instant reAuditDue = deadlines.dueAfter(now, "P3M");
      ex.setVariable("reAuditDueDate", Deadlines.toDate(reAuditDue));
      ex.setVariable("reAuditAllocationDate", Deadlines.toDate(deadlines.reminderBefore(reAuditDue, "P1M")));
      ex.setVariable(RE_AUDIT_REFERENCE.name(), null);
      ex.setVariable(RE_AUDIT_GRADE.name(), null);
      ex.setVariable("improvementSustained", null);
    }));
    Mocks.register("scheduleProgressReview", step("scheduleProgressReview", ex -> {
      Instant due = deadlines.dueAfter(deadlines.now(), "P7D");
      ex.setVariable("progressReviewDueDate", Deadlines.toDate(due));
      ex.setVariable("progressReviewOverdueCycle", deadlines.cycleFrom(due, "P7D"));
    }));
    Mocks.register("allocateReAudit", step("allocateReAudit", ex ->
        ex.setVariable(RE_AUDIT_REFERENCE.name(), "PE-2026-0099")));
    Mocks.register("closeConcern", step("closeConcern", ex -> { }));
    Mocks.register("closeRevisedConcern", step("closeRevisedConcern", ex -> { }));
    Mocks.register("reviseConcernAfterDispute", step("reviseConcernAfterDispute", ex -> { }));
    Mocks.register("carryConcernOn", step("carryConcernOn", ex ->
        ex.setVariable(EVALUATION_REFERENCE.name(), ex.getVariable(RE_AUDIT_REFERENCE.name()))));

    // cycles, themes and requests
    Mocks.register("selectCycleCases", step("selectCycleCases", ex -> proposal(ex, "AC-2026-03")));
    Mocks.register("selectThematicCohort", step("selectThematicCohort", ex -> proposal(ex, "TH-2026-0001")));
    Mocks.register("startCycleEvaluations", step("startCycleEvaluations", ex -> { }));
    Mocks.register("recordAuditRequest", step("recordAuditRequest", ex -> {
      ex.setProcessBusinessKey("AR-2026-0001");
      ex.setVariable("requestReference", "AR-2026-0001");
      ex.setVariable(AUDIT_MANAGER.name(), "kmorgan");
      ex.setVariable("decisionDueDate", Deadlines.toDate(deadlines.dueAfter(deadlines.now(), "P7D")));
    }));
    Mocks.register("queueAuditRequest", step("queueAuditRequest", ex -> { }));
    Mocks.register("startMonthlyCycle", step("startMonthlyCycle", ex ->
        runtimeService.startProcessInstanceByKey("monthly-audit-cycle")));
    Mocks.register("cycleSchedule", new org.practiceevaluations.cycle.CycleConfiguration.CycleSettingsHolder(
        new org.practiceevaluations.cycle.CycleSettings(null, 1, 1, 1, 0.25, 12, 5, 42L)));
    Mocks.register("recordSafetyEscalation", step("recordSafetyEscalation", ex -> {
      ex.setVariableLocal(ESCALATION_ID.name(), 1L);
      Map<String, Object> d = durations(ex);
      Instant due = deadlines.dueAfter(deadlines.now(),
          text(d, EvaluationLifecycle.SAFETY_CONFIRMATION_WITHIN));
      ex.setVariableLocal(SAFETY_CONFIRMATION_DUE_DATE.name(), Deadlines.toDate(due));
      ex.setVariableLocal(SAFETY_CONFIRMATION_OVERDUE_CYCLE.name(),
          deadlines.cycleFrom(due, text(d, EvaluationLifecycle.SAFETY_CONFIRMATION_CHASE_EVERY)));
    }));
  }

  private void proposal(DelegateExecution ex, String reference) {
    ex.setProcessBusinessKey(reference);
    ex.setVariable("cycleReference", reference);
    ex.setVariable(AUDIT_MANAGER.name(), "kmorgan");
    ex.setVariable("reviewDueDate", Deadlines.toDate(deadlines.dueAfter(deadlines.now(), "P5D")));
  }

  private JavaDelegate recording(Body body) {
    JavaDelegate delegate = mock(JavaDelegate.class);
    try {
      doAnswer(invocation -> {
        body.run(invocation.getArgument(0));
        return null;
      }).when(delegate).execute(any());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return delegate;
  }

  private JavaDelegate step(String name, Body body) {
    return recording(ex -> {
      steps.add(name);
      body.run(ex);
    });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> durations(DelegateExecution ex) {
    return (Map<String, Object>) ex.getVariable(DEADLINES.name());
  }

  private static String text(Map<String, Object> map, String key) {
    return map.get(key).toString();
  }

  interface Body {
    void run(DelegateExecution execution) throws Exception;
  }
}
