package org.practiceevaluations.process;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.practiceevaluations.common.EngineClock;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.learning.QaMeetingProcess;
import org.practiceevaluations.learning.TeamReviewProcess;
import org.practiceevaluations.reporting.LearningNeedsProcess;
import org.practiceevaluations.reporting.LearningSettings;
import org.practiceevaluations.reporting.QuarterlyReportProcess;

/**
 * Test doubles for every bean the learning models call, registered by name for the plain engine: Mockito mocks that
 * set the variables the real delegates set (same names, same scopes) and record what they were asked to do. The
 * schedules read the real settings' defaults ({@code learningSchedule}).
 */
class LearningProcessDoubles {

  final List<String> notifications = new ArrayList<>();
  final List<String> steps = new ArrayList<>();
  final Deadlines deadlines = new Deadlines(new EngineClock(ZoneId.of("Europe/London")));
  final LearningSettings settings = new LearningSettings(null, null, null, null, null, null, null, null, null, null);
  final TaskListener prepareForm = mock(TaskListener.class);
  final TaskListener saveAnswers = mock(TaskListener.class);
  /** The further deadlines the meeting "set": id → new date. */
  final Map<Long, LocalDate> furtherDeadlines = new HashMap<>();
  /** The actions carried out by now, by further deadline id. */
  final Set<Long> carriedOut = new HashSet<>();

  void register() {
    Mocks.register("learningSchedule", new LearningSettings.Schedule(settings));
    Mocks.register("prepareForm", prepareForm);
    Mocks.register("saveAnswers", saveAnswers);
    Mocks.register("notify", recording(ex -> notifications.add(ex.getVariableLocal("template")
        + (QaMeetingProcess.Vars.EVALUATION_REFERENCE.get(ex) == null ? ""
            : ":" + QaMeetingProcess.Vars.EVALUATION_REFERENCE.get(ex)))));

    // the schedules
    for (String bean : List.of("startQuarterlyReport", "startQaMeetings", "startTeamReviews",
        "startLearningNeedsSummary")) {
      Mocks.register(bean, step(bean, ex -> { }));
    }

    // quarterly report
    Mocks.register("collateQuarter", step("collateQuarter", ex -> {
      ex.setProcessBusinessKey("QR-2026-0001");
      QuarterlyReportProcess.Vars.REPORT_REFERENCE.set(ex, "QR-2026-0001");
      QuarterlyReportProcess.Vars.PERIOD_LABEL.set(ex, "2025 Q4 (October to December 2025)");
      QuarterlyReportProcess.Vars.AUDIT_MANAGER.set(ex, "kmorgan");
      QuarterlyReportProcess.Vars.THEMES_DUE_DATE.set(ex,
          Deadlines.toDate(deadlines.dueAfter(deadlines.now(), settings.themesWithin())));
    }));
    Mocks.register("setReviewDueDate", step("setReviewDueDate", ex -> {
      Map<String, Object> durations = QuarterlyReportProcess.Vars.DEADLINES.get(ex);
      Instant due = deadlines.dueAfter(deadlines.now(),
          Deadlines.duration(durations, "evaluation-deadlines", "reportReviewWithin"));
      QuarterlyReportProcess.Vars.REVIEW_DUE_DATE.set(ex, Deadlines.toDate(due));
      QuarterlyReportProcess.Vars.REVIEW_CHASE_CYCLE.set(ex, deadlines.cycleFrom(due,
          Deadlines.duration(durations, "evaluation-deadlines", "reportReviewChaseEvery")));
    }));
    Mocks.register("publishQuarterlyReport", step("publishQuarterlyReport", ex -> {
      QuarterlyReportProcess.Vars.REPORT_URL.set(ex, "http://localhost:8080/api/reports/documents/2");
      QuarterlyReportProcess.Vars.PRESENTATION_URL.set(ex, "http://localhost:8080/api/reports/documents/1");
      QuarterlyReportProcess.Vars.WORKBOOK_URL.set(ex, "http://localhost:8080/api/reports/documents/3");
    }));

    // learning needs summary
    Mocks.register("learningNeedsPeriod", step("learningNeedsPeriod", ex -> {
      ex.setProcessBusinessKey("LN-2026-0001");
      LearningNeedsProcess.Vars.SUMMARY_REFERENCE.set(ex, "LN-2026-0001");
      LearningNeedsProcess.Vars.PERIOD_START.set(ex, "2026-01-01");
      LearningNeedsProcess.Vars.PERIOD_END.set(ex, "2026-03-01");
      QuarterlyReportProcess.Vars.PERIOD_LABEL.set(ex, "January to February 2026");
    }));
    Mocks.register("summariseLearningNeeds", step("summariseLearningNeeds", ex -> {
      LearningNeedsProcess.Vars.LEARNING_NEEDS_SUMMARY.set(ex, "3 learning needs from 2 evaluations.");
      QuarterlyReportProcess.Vars.REPORT_URL.set(ex, "http://localhost:8080/api/reports/documents/4");
    }));

    // team review
    Mocks.register("openTeamReview", step("openTeamReview", ex -> {
      ex.setProcessBusinessKey("TR-2026-0001");
      TeamReviewProcess.Vars.REVIEW_REFERENCE.set(ex, "TR-2026-0001");
      TeamReviewProcess.Vars.REASON.set(ex, TeamReviewProcess.Vars.REVIEW_REASON.get(ex));
      TeamReviewProcess.Vars.AUDIT_MANAGER.set(ex, "kmorgan");
      TeamReviewProcess.Vars.MEETING_DUE_DATE.set(ex,
          Deadlines.toDate(deadlines.dueAfter(deadlines.now(), settings.teamReviewMeetingWithin())));
    }));

    // area QA meeting
    Mocks.register("openQaMeeting", step("openQaMeeting", ex -> {
      ex.setProcessBusinessKey("QA-2026-0001");
      QaMeetingProcess.Vars.MEETING_REFERENCE.set(ex, "QA-2026-0001");
      QaMeetingProcess.Vars.AREA_NAME.set(ex, "Safeguarding and Family Support");
      QaMeetingProcess.Vars.MONTH_LABEL.set(ex, "February 2026");
      QaMeetingProcess.Vars.PRACTICE_MANAGER.set(ex, "mbegum");
      QaMeetingProcess.Vars.PRACTICE_MANAGERS.set(ex, "mbegum");
      QaMeetingProcess.Vars.MEETING_DUE_DATE.set(ex,
          Deadlines.toDate(deadlines.dueAfter(deadlines.now(), settings.qaMeetingWithin())));
    }));
    Mocks.register("saveQaMeetingPack", step("saveQaMeetingPack",
        ex -> QaMeetingProcess.Vars.PACK_URL.set(ex, "http://localhost:8080/api/reports/documents/5")));
    Mocks.register("setFurtherDeadlineDates", step("setFurtherDeadlineDates", ex -> {
      long id = id(ex);
      Instant due = deadlines.dueAfter(furtherDeadlines.get(id).atStartOfDay(deadlines.zone()).toInstant(), "P0D");
      QaMeetingProcess.Vars.FURTHER_DEADLINE_DATE.setLocal(ex, Deadlines.toDate(due));
      QaMeetingProcess.Vars.FURTHER_DEADLINE_REMINDER_DATE.setLocal(ex,
          Deadlines.toDate(deadlines.reminderBefore(due, settings.furtherDeadlineReminderBefore())));
      QaMeetingProcess.Vars.EVALUATION_REFERENCE.setLocal(ex, "PE-2026-00" + id);
      QaMeetingProcess.Vars.ACTION_NUMBER.setLocal(ex, 1);
      QaMeetingProcess.Vars.ACTION_OWNER.setLocal(ex, "lmoore");
      QaMeetingProcess.Vars.TEAM_CODE.setLocal(ex, "FST1");
    }));
    Mocks.register("checkFurtherDeadline", step("checkFurtherDeadline",
        ex -> QaMeetingProcess.Vars.ACTION_DONE.setLocal(ex, carriedOut.contains(id(ex)))));
  }

  private static long id(DelegateExecution ex) {
    return QaMeetingProcess.Vars.FURTHER_DEADLINE_ID.require(ex);
  }

  private JavaDelegate recording(EvaluationProcessDoubles.Body body) {
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

  private JavaDelegate step(String name, EvaluationProcessDoubles.Body body) {
    return recording(ex -> {
      steps.add(name);
      body.run(ex);
    });
  }
}
