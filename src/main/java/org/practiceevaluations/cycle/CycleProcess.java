package org.practiceevaluations.cycle;

import java.util.Date;
import java.util.List;
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
    public static final Variable<Object> CYCLE_DATE = Variable.of("cycleDate", Object.class);
    public static final Variable<String> STARTED_BY = Variable.text("startedBy");
    public static final Variable<String> AUDIT_MANAGER = Variable.text("auditManager");
    public static final Variable<Date> REVIEW_DUE_DATE = Variable.date("reviewDueDate");
    public static final Variable<String> REVIEWED_BY = Variable.text("reviewedBy");
    // thematic audit start form
    public static final Variable<String> THEME_NAME = Variable.text("themeName");
    public static final Variable<String> KEY_LINES = Variable.text("keyLinesOfEnquiry");
    public static final Variable<Boolean> MULTI_AGENCY = Variable.flag("multiAgency");
    public static final Variable<String> COHORT_BY = Variable.text("cohortBy");
    public static final Variable<List<String>> LEGAL_STATUSES = Variable.listOf("legalStatuses", String.class);
    public static final Variable<List<String>> TEAM_CODES = Variable.listOf("teamCodes", String.class);
    public static final Variable<Integer> COHORT_SIZE = Variable.whole("cohortSize");
    public static final Variable<Object> CHILD_REFERENCES = Variable.of("childReferences", Object.class);
    public static final Variable<Object> MODERATED_SHARE = Variable.of("moderatedShareChoice", Object.class);
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

    private Vars() {}
  }
}
