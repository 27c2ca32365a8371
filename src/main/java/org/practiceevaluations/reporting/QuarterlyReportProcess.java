package org.practiceevaluations.reporting;

import java.util.Date;
import java.util.Map;
import org.practiceevaluations.common.Variable;
import org.practiceevaluations.learning.LearningSchedules;

/** The quarterly report process ({@code processes/quarterly-report.bpmn}): key, element ids, variables. */
public final class QuarterlyReportProcess {

  private QuarterlyReportProcess() {}

  public static final String KEY = LearningSchedules.QUARTERLY_REPORT_KEY;

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
    public static final Variable<String> QUARTER = Variable.text("quarter");
    public static final Variable<String> STARTED_BY = Variable.text("startedBy");
    public static final Variable<String> REPORT_REFERENCE = Variable.text("reportReference");
    /** For the e-mail: "2027 Q1 (January to March 2027)". */
    public static final Variable<String> PERIOD_LABEL = Variable.text("periodLabel");
    public static final Variable<String> AUDIT_MANAGER = Variable.text("auditManager");
    public static final Variable<Date> THEMES_DUE_DATE = Variable.date("themesDueDate");
    /** Download addresses of the three files, for the e-mail. */
    public static final Variable<String> REPORT_URL = Variable.text("reportUrl");
    public static final Variable<String> PRESENTATION_URL = Variable.text("presentationUrl");
    public static final Variable<String> WORKBOOK_URL = Variable.text("workbookUrl");
    /** The evaluation-deadlines decision's result (the review's durations). */
    public static final Variable<Map<String, Object>> DEADLINES = Variable.map("deadlines");
    /** The senior management review: due at 17:00 after reviewQuarterlyReportWithin, chased from then on. */
    public static final Variable<Date> REVIEW_DUE_DATE = Variable.date("reviewDueDate");
    public static final Variable<String> REVIEW_CHASE_CYCLE = Variable.text("reviewChaseCycle");
    /** Routing: the senior management review approved the report (the reason for changes is in the review's row). */
    public static final Variable<Boolean> REPORT_APPROVED = Variable.flag("reportApproved");

    private Vars() {}
  }
}
