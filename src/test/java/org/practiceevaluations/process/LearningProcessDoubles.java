package org.practiceevaluations.process;

import static org.mockito.Mockito.mock;
import static org.practiceevaluations.process.StepDoubles.delegate;

import java.time.Instant;
import java.time.LocalDate;
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
  final Deadlines deadlines = new Deadlines(new EngineClock(ProcessTestBase.LONDON));
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
    Mocks.register("notify", delegate(ex -> notifications.add(ex.getVariableLocal("template")
        + (ex.getVariable("evaluationReference") == null ? "" : ":" + ex.getVariable("evaluationReference")))));

    // the schedules
    for (String bean : List.of("startQuarterlyReport", "startQaMeetings", "startTeamReviews",
        "startLearningNeedsSummary")) {
      Mocks.register(bean, step(bean, ex -> { }));
    }

    // quarterly report
    Mocks.register("collateQuarter", step("collateQuarter", ex -> {
      ex.setProcessBusinessKey("QR-2026-0001");
      ex.setVariable(QuarterlyReportProcess.Vars.REPORT_REFERENCE.name(), "QR-2026-0001");
      ex.setVariable(QuarterlyReportProcess.Vars.PERIOD_LABEL.name(), "2025 Q4 (October to December 2025)");
      ex.setVariable(QuarterlyReportProcess.Vars.AUDIT_MANAGER.name(), "kmorgan");
      ex.setVariable(QuarterlyReportProcess.Vars.THEMES_DUE_DATE.name(),
          Deadlines.toDate(deadlines.dueAfter(deadlines.now(), settings.themesWithin())));
    }));
    Mocks.register("setReviewDueDate", step("setReviewDueDate", ex -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> durations = (Map<String, Object>) ex.getVariable(QuarterlyReportProcess.Vars.DEADLINES.name());
      Instant due = deadlines.dueAfter(deadlines.now(),
          Deadlines.duration(durations, "evaluation-deadlines", "reportReviewWithin"));
      ex.setVariable(QuarterlyReportProcess.Vars.REVIEW_DUE_DATE.name(), Deadlines.toDate(due));
      ex.setVariable(QuarterlyReportProcess.Vars.REVIEW_CHASE_CYCLE.name(), deadlines.cycleFrom(due,
          Deadlines.duration(durations, "evaluation-deadlines", "reportReviewChaseEvery")));
    }));
    Mocks.register("publishQuarterlyReport", step("publishQuarterlyReport", ex -> {
      ex.setVariable(QuarterlyReportProcess.Vars.REPORT_URL.name(), "http://localhost:8080/api/reports/documents/2");
      ex.setVariable(QuarterlyReportProcess.Vars.PRESENTATION_URL.name(), "http://localhost:8080/api/reports/documents/1");
      ex.setVariable(QuarterlyReportProcess.Vars.WORKBOOK_URL.name(), "http://localhost:8080/api/reports/documents/3");
    }));

    // learning needs summary
    Mocks.register("learningNeedsPeriod", step("learningNeedsPeriod", ex -> {
      ex.setProcessBusinessKey("LN-2026-0001");
      ex.setVariable(LearningNeedsProcess.Vars.SUMMARY_REFERENCE.name(), "LN-2026-0001");
      ex.setVariable(LearningNeedsProcess.Vars.PERIOD_START.name(), "2026-01-01");
      ex.setVariable(LearningNeedsProcess.Vars.PERIOD_END.name(), "2026-03-01");
      ex.setVariable(QuarterlyReportProcess.Vars.PERIOD_LABEL.name(), "January to February 2026");
    }));
    Mocks.register("summariseLearningNeeds", step("summariseLearningNeeds", ex -> {
      ex.setVariable(LearningNeedsProcess.Vars.LEARNING_NEEDS_SUMMARY.name(), "3 learning needs from 2 evaluations.");
      ex.setVariable(QuarterlyReportProcess.Vars.REPORT_URL.name(), "http://localhost:8080/api/reports/documents/4");
    }));

    // team review
    Mocks.register("openTeamReview", step("openTeamReview", ex -> {
      ex.setProcessBusinessKey("TR-2026-0001");
      ex.setVariable(TeamReviewProcess.Vars.REVIEW_REFERENCE.name(), "TR-2026-0001");
      ex.setVariable(TeamReviewProcess.Vars.REASON.name(), ex.getVariable(TeamReviewProcess.Vars.REVIEW_REASON.name()));
      ex.setVariable(TeamReviewProcess.Vars.AUDIT_MANAGER.name(), "kmorgan");
      ex.setVariable(TeamReviewProcess.Vars.MEETING_DUE_DATE.name(),
          Deadlines.toDate(deadlines.dueAfter(deadlines.now(), settings.teamReviewMeetingWithin())));
    }));

    // area QA meeting
    Mocks.register("openQaMeeting", step("openQaMeeting", ex -> {
      ex.setProcessBusinessKey("QA-2026-0001");
      ex.setVariable(QaMeetingProcess.Vars.MEETING_REFERENCE.name(), "QA-2026-0001");
      ex.setVariable(QaMeetingProcess.Vars.AREA_NAME.name(), "Safeguarding and Family Support");
      ex.setVariable(QaMeetingProcess.Vars.MONTH_LABEL.name(), "February 2026");
      ex.setVariable(QaMeetingProcess.Vars.PRACTICE_MANAGER.name(), "mbegum");
      ex.setVariable(QaMeetingProcess.Vars.PRACTICE_MANAGERS.name(), "mbegum");
      ex.setVariable(QaMeetingProcess.Vars.MEETING_DUE_DATE.name(),
          Deadlines.toDate(deadlines.dueAfter(deadlines.now(), settings.qaMeetingWithin())));
    }));
    Mocks.register("saveQaMeetingPack", step("saveQaMeetingPack", ex -> ex.setVariable(QaMeetingProcess.Vars.PACK_URL.name(),
        "http://localhost:8080/api/reports/documents/5")));
    Mocks.register("setFurtherDeadlineDates", step("setFurtherDeadlineDates", ex -> {
      long id = id(ex);
      Instant due = deadlines.dueAfter(furtherDeadlines.get(id).atStartOfDay(deadlines.zone()).toInstant(), "P0D");
      ex.setVariableLocal(QaMeetingProcess.Vars.FURTHER_DEADLINE_DATE.name(), Deadlines.toDate(due));
      ex.setVariableLocal(QaMeetingProcess.Vars.FURTHER_DEADLINE_REMINDER_DATE.name(),
          Deadlines.toDate(deadlines.reminderBefore(due, settings.furtherDeadlineReminderBefore())));
      ex.setVariableLocal(QaMeetingProcess.Vars.EVALUATION_REFERENCE.name(), "PE-2026-00" + id);
      ex.setVariableLocal(QaMeetingProcess.Vars.ACTION_NUMBER.name(), 1);
      ex.setVariableLocal(QaMeetingProcess.Vars.ACTION_OWNER.name(), "lmoore");
      ex.setVariableLocal(QaMeetingProcess.Vars.TEAM_CODE.name(), "FST1");
    }));
    Mocks.register("checkFurtherDeadline", step("checkFurtherDeadline", ex -> ex.setVariableLocal(
        QaMeetingProcess.Vars.ACTION_DONE.name(), carriedOut.contains(id(ex)))));
  }

  private static long id(DelegateExecution ex) {
    return ((Number) ex.getVariable(QaMeetingProcess.Vars.FURTHER_DEADLINE_ID.name())).longValue();
  }

  private JavaDelegate step(String name, JavaDelegate body) {
    return StepDoubles.step(steps, name, body);
  }
}
