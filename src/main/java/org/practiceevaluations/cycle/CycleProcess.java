package org.practiceevaluations.cycle;

import java.util.Date;
import org.practiceevaluations.common.Variable;

/** The monthly cycle, thematic audit and audit request processes: keys and variable names. */
public final class CycleProcess {

  private CycleProcess() {}

  public static final String MONTHLY_KEY = "monthly-audit-cycle";
  public static final String SCHEDULE_KEY = "monthly-audit-cycle-schedule";
  public static final String THEMATIC_KEY = "thematic-audit";
  public static final String REQUEST_KEY = "audit-request";

  /** Variables. */
  public static final class Vars {
    public static final Variable<String> CYCLE_REFERENCE = Variable.text("cycleReference");
    /** The start form's day ("2027-03-01"), or the schedule's today; empty for today. */
    public static final Variable<String> CYCLE_DATE = Variable.text("cycleDate");
    public static final Variable<String> STARTED_BY = Variable.text("startedBy");
    public static final Variable<String> AUDIT_MANAGER = Variable.text("auditManager");
    public static final Variable<Date> REVIEW_DUE_DATE = Variable.date("reviewDueDate");
    public static final Variable<String> REVIEWED_BY = Variable.text("reviewedBy");
    /** How many evaluations the cycle started (a retry counts only those it started). */
    public static final Variable<Integer> EVALUATIONS_STARTED = Variable.whole("evaluationsStarted");
    // thematic audit start form
    public static final Variable<String> THEME_NAME = Variable.text("themeName");
    public static final Variable<String> KEY_LINES = Variable.text("keyLinesOfEnquiry");
    public static final Variable<Boolean> MULTI_AGENCY = Variable.flag("multiAgency");
    public static final Variable<String> COHORT_BY = Variable.text("cohortBy");
    /**
     * A checklist: Tasklist submits it as a JSON list (a Spin value), the application's own starters as a list or a
     * comma-separated text; {@code SelectThematicCohort} reads each as trimmed values.
     */
    public static final Variable<Object> LEGAL_STATUSES = Variable.of("legalStatuses", Object.class);
    /** A text field: team codes separated by commas. */
    public static final Variable<String> TEAM_CODES = Variable.text("teamCodes");
    /** A number field: Tasklist sends whole or decimal numbers. */
    public static final Variable<Number> COHORT_SIZE = Variable.of("cohortSize", Number.class);
    /** A text area: child references, one a line or separated by commas (kept in the application's table). */
    public static final Variable<String> CHILD_REFERENCES = Variable.text("childReferences");
    /** A radio: {@code none}, {@code quarter}, {@code half} or {@code all}. */
    public static final Variable<String> MODERATED_SHARE = Variable.text("moderatedShareChoice");
    public static final Variable<String> THEME_REFERENCE = Variable.text("themeReference");
    // audit request
    public static final Variable<String> REQUESTER = Variable.text("requester");
    public static final Variable<String> REQUEST_REFERENCE = Variable.text("requestReference");
    public static final Variable<String> CHILD_REFERENCE = Variable.text("childReference");
    public static final Variable<String> REQUEST_REASON = Variable.text("requestReason");
    public static final Variable<String> REQUEST_REASON_TEXT = Variable.text("requestReasonText");
    public static final Variable<String> REQUEST_DETAILS = Variable.text("requestDetails");
    public static final Variable<Boolean> REQUEST_ACCEPTED = Variable.flag("requestAccepted");
    public static final Variable<String> DECISION_REASON = Variable.text("decisionReason");
    public static final Variable<Date> DECISION_DUE_DATE = Variable.date("decisionDueDate");
    public static final Variable<String> TEAM_CODE = Variable.text("teamCode");
    public static final Variable<String> TEAM_NAME = Variable.text("teamName");

    private Vars() {}
  }
}
