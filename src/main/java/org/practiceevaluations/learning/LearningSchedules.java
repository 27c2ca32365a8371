package org.practiceevaluations.learning;

/**
 * The four schedules of the learning from evaluations ({@code processes/*-schedule.bpmn}): Camunda 7 allows one
 * timer start event per process and no none start beside it, so each process the audit team can also start by
 * hand has a schedule of its own that starts it. Keys and element ids.
 */
public final class LearningSchedules {

  /**
   * The quarterly report the schedule starts each quarter: reporting's process, whose key reporting takes from here
   * ({@code reporting.QuarterlyReportProcess.KEY}), so the schedule needs nothing of reporting.
   */
  public static final String QUARTERLY_REPORT_KEY = "quarterly-report";

  private LearningSchedules() {}

  public static final String QUARTERLY_REPORT = "quarterly-report-schedule";
  public static final String AREA_QA_MEETING = "area-qa-meeting-schedule";
  public static final String TEAM_REVIEW = "team-review-schedule";
  public static final String LEARNING_NEEDS = "learning-needs-summary-schedule";

  /** Element ids. */
  public static final class Elements {
    public static final String QUARTER_ENDED = "StartEvent_QuarterEnded";
    public static final String START_QUARTERLY_REPORT = "Task_StartQuarterlyReport";
    public static final String MONTH_ENDED = "StartEvent_MonthEnded";
    public static final String START_QA_MEETINGS = "Task_StartQaMeetings";
    public static final String GRADE_CHECK = "StartEvent_MonthlyGradeCheck";
    public static final String START_TEAM_REVIEWS = "Task_StartTeamReviews";
    public static final String EVERY_TWO_MONTHS = "StartEvent_EveryTwoMonths";
    public static final String START_LEARNING_NEEDS = "Task_StartLearningNeedsSummary";

    private Elements() {}
  }
}
