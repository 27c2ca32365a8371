package org.practiceevaluations.reporting;

/** The learning needs summary process ({@code processes/learning-needs-summary.bpmn}): key, element ids, variables. */
public final class LearningNeedsProcess {

  private LearningNeedsProcess() {}

  public static final String KEY = "learning-needs-summary";

  /** Element ids. */
  public static final class Elements {
    public static final String STARTED = "StartEvent_SummaryStarted";
    public static final String WORK_OUT_PERIOD = "Task_WorkOutPeriod";
    public static final String SUMMARISE = "Task_SummariseNeeds";
    public static final String SEND = "Task_SendSummary";
    public static final String SENT = "EndEvent_SummarySent";

    private Elements() {}
  }

  /** Variables. */
  public static final class Vars {
    /** Start form: the first and last day covered; both empty for the whole months before today. */
    public static final String FROM_DATE = "fromDate";
    public static final String TO_DATE = "toDate";
    public static final String PERIOD_START = "periodStart";
    public static final String PERIOD_END = "periodEnd";
    public static final String SUMMARY_REFERENCE = "summaryReference";
    /** For the e-mail: counts by theme and team, no text people typed. */
    public static final String LEARNING_NEEDS_SUMMARY = "learningNeedsSummary";

    private Vars() {}
  }
}
