package org.practiceevaluations.reporting;

import org.practiceevaluations.filing.ReportPeriod;
import org.practiceevaluations.learning.LearningNeedsSummaries;
import org.practiceevaluations.learning.LearningNeedsProcess;
import org.practiceevaluations.learning.LearningSettings;
import static org.practiceevaluations.common.ProcessVariables.text;
import static org.practiceevaluations.reporting.QuarterlyReportProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.forms.AnswersRejected;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.Deadlines;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the quarterly report and the learning needs summary: each one call into a service. */
@Configuration
public class ReportingDelegates {

  private final QuarterlyReports reports;
  private final LearningNeedsSummaries summaries;
  private final TeamDirectory directory;
  private final Deadlines deadlines;
  private final LearningSettings settings;

  public ReportingDelegates(QuarterlyReports reports, LearningNeedsSummaries summaries, TeamDirectory directory,
      Deadlines deadlines, LearningSettings settings) {
    this.reports = reports;
    this.summaries = summaries;
    this.directory = directory;
    this.deadlines = deadlines;
    this.settings = settings;
  }

  /** "Collate the quarter's figures": a quarter the start form names badly refuses the start, saying why. */
  @Bean("collateQuarter")
  JavaDelegate collateQuarter() {
    return execution -> {
      ReportPeriod quarter;
      try {
        quarter = reports.quarter(text(execution, QUARTER.name()));
      } catch (IllegalArgumentException e) {
        throw new AnswersRejected(QUARTER.name(), "The quarterly report was not started: " + e.getMessage());
      }
      QuarterlyReport report = reports.start(quarter, text(execution, STARTED_BY.name()), execution.getProcessInstanceId());
      execution.setProcessBusinessKey(report.getReference());
      execution.setVariable(REPORT_REFERENCE.name(), report.getReference());
      execution.setVariable(PERIOD_LABEL.name(), quarter.title());
      execution.setVariable(AUDIT_MANAGER.name(), directory.auditManager());
      execution.setVariable(THEMES_DUE_DATE.name(),
          Deadlines.toDate(deadlines.dueAfter(deadlines.now(), settings.themesWithin())));
    };
  }

  /** "Produce the PowerPoint, the full report and the workbook": filed in the report store, linked in the mail. */
  @Bean("publishQuarterlyReport")
  JavaDelegate publishQuarterlyReport() {
    return execution -> {
      QuarterlyReports.Published published = reports.publish((String) execution.getVariable(REPORT_REFERENCE.name()));
      execution.setVariable(REPORT_URL.name(), reports.downloadUrl(published.report()));
      execution.setVariable(PRESENTATION_URL.name(), reports.downloadUrl(published.presentation()));
      execution.setVariable(WORKBOOK_URL.name(), reports.downloadUrl(published.workbook()));
    };
  }

  /**
   * "Set the review's due date": the senior management review is due reportReviewWithin after the report is
   * produced (the evaluation-deadlines decision), at 17:00, and chased from then every reportReviewChaseEvery.
   */
  @Bean("setReviewDueDate")
  JavaDelegate setReviewDueDate() {
    return execution -> {
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> durations = (java.util.Map<String, Object>) execution.getVariable(DEADLINES.name());
      java.time.Instant due = deadlines.dueAfter(deadlines.now(),
          Deadlines.duration(durations, "evaluation-deadlines", "reportReviewWithin"));
      execution.setVariable(REVIEW_DUE_DATE.name(), Deadlines.toDate(due));
      execution.setVariable(REVIEW_CHASE_CYCLE.name(), deadlines.cycleFrom(due,
          Deadlines.duration(durations, "evaluation-deadlines", "reportReviewChaseEvery")));
    };
  }

  /** "Work out the months the summary covers": dates the start form gives badly refuse the start, saying why. */
  @Bean("learningNeedsPeriod")
  JavaDelegate learningNeedsPeriod() {
    return execution -> {
      ReportPeriod period;
      try {
        period = summaries.period(execution.getVariable(LearningNeedsProcess.Vars.FROM_DATE.name()),
            execution.getVariable(LearningNeedsProcess.Vars.TO_DATE.name()));
      } catch (IllegalArgumentException e) {
        throw new AnswersRejected(LearningNeedsProcess.Vars.FROM_DATE.name(),
            "The learning needs summary was not started: " + e.getMessage());
      }
      String reference = summaries.reference(period);
      execution.setProcessBusinessKey(reference);
      execution.setVariable(LearningNeedsProcess.Vars.SUMMARY_REFERENCE.name(), reference);
      execution.setVariable(LearningNeedsProcess.Vars.PERIOD_START.name(), period.start().toString());
      execution.setVariable(LearningNeedsProcess.Vars.PERIOD_END.name(), period.end().toString());
      execution.setVariable(PERIOD_LABEL.name(), period.label());
    };
  }

  /** "Summarise the learning needs by team and theme, and save the summary". */
  @Bean("summariseLearningNeeds")
  JavaDelegate summariseLearningNeeds() {
    return execution -> {
      ReportPeriod period = new ReportPeriod(
          java.time.LocalDate.parse((String) execution.getVariable(LearningNeedsProcess.Vars.PERIOD_START.name())),
          java.time.LocalDate.parse((String) execution.getVariable(LearningNeedsProcess.Vars.PERIOD_END.name())));
      LearningNeedsSummaries.Filed filed = summaries.summariseAndFile(
          (String) execution.getVariable(LearningNeedsProcess.Vars.SUMMARY_REFERENCE.name()), period);
      execution.setVariable(LearningNeedsProcess.Vars.LEARNING_NEEDS_SUMMARY.name(), filed.mailSummary());
      execution.setVariable(REPORT_URL.name(), filed.downloadUrl());
    };
  }
}
