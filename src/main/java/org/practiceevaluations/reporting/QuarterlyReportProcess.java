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

    private Vars() {}
  }
}
