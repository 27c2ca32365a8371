package org.practiceevaluations.reporting;

/** The quarterly report process ({@code processes/quarterly-report.bpmn}): key, element ids, variables. */
public final class QuarterlyReportProcess {

  private QuarterlyReportProcess() {}

  public static final String KEY = "quarterly-report";

  /** Element ids. */
  public static final class Elements {
    public static final String STARTED = "StartEvent_ReportStarted";
    public static final String COLLATE = "Task_CollateFigures";
    public static final String CHOOSE_THEMES = "Task_ChooseThemes";
    public static final String PRODUCE = "Task_ProduceReport";
    public static final String SEND = "Task_SendReport";
    public static final String SENT = "EndEvent_ReportSent";
    public static final String WORK_OUT_REVIEW_DEADLINES = "Task_WorkOutReviewDeadlines";
    public static final String SET_REVIEW_DUE_DATE = "Task_SetReviewDueDate";
    public static final String SENIOR_REVIEW = "Task_SeniorReview";
    public static final String APPROVED_GATEWAY = "Gateway_Approved";
    public static final String REVIEW_CHASE = "Timer_ReviewChase";
    public static final String CHASE_REVIEW = "Task_ChaseReview";
    public static final String REVIEW_CHASED = "EndEvent_ReviewChased";

    private Elements() {}
  }

  /** Variables. */
  public static final class Vars {
    /** Start form: "2027 Q1", or empty for the quarter ended last. */
    public static final String QUARTER = "quarter";
    public static final String STARTED_BY = "startedBy";
    public static final String REPORT_REFERENCE = "reportReference";
    /** For the e-mail: "2027 Q1 (January to March 2027)". */
    public static final String PERIOD_LABEL = "periodLabel";
    public static final String AUDIT_MANAGER = "auditManager";
    public static final String THEMES_DUE_DATE = "themesDueDate";
    /** Download addresses of the three files, for the e-mail. */
    public static final String REPORT_URL = "reportUrl";
    public static final String PRESENTATION_URL = "presentationUrl";
    public static final String WORKBOOK_URL = "workbookUrl";
    /** The evaluation-deadlines decision's result (the review's durations). */
    public static final String DEADLINES = "deadlines";
    /** The senior management review: due at 17:00 after reviewQuarterlyReportWithin, chased from then on. */
    public static final String REVIEW_DUE_DATE = "reviewDueDate";
    public static final String REVIEW_CHASE_CYCLE = "reviewChaseCycle";
    /** Routing: the senior management review approved the report (the reason for changes is in the review's row). */
    public static final String REPORT_APPROVED = "reportApproved";

    private Vars() {}
  }
}
