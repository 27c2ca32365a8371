package org.practiceevaluations.learning;

import org.practiceevaluations.common.Variable;

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
    public static final Variable<Object> FROM_DATE = Variable.of("fromDate", Object.class);
    public static final Variable<Object> TO_DATE = Variable.of("toDate", Object.class);
    public static final Variable<String> PERIOD_START = Variable.text("periodStart");
    public static final Variable<String> PERIOD_END = Variable.text("periodEnd");
    public static final Variable<String> SUMMARY_REFERENCE = Variable.text("summaryReference");
    /** For the e-mail: the period in words, e.g. "1 April to 30 June 2026". */
    public static final Variable<String> PERIOD_LABEL = Variable.text("periodLabel");
    /** For the e-mail: where the filed summary is read. */
    public static final Variable<String> REPORT_URL = Variable.text("reportUrl");
    /** For the e-mail: counts by theme and team, no text people typed. */
    public static final Variable<String> LEARNING_NEEDS_SUMMARY = Variable.text("learningNeedsSummary");

    private Vars() {}
  }
}
