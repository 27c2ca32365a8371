package org.practiceevaluations.cycle;

/** The monthly cycle, thematic audit and audit request processes: keys and variable names. */
public final class CycleProcess {

  private CycleProcess() {}

  public static final String MONTHLY_KEY = "monthly-audit-cycle";
  public static final String SCHEDULE_KEY = "monthly-audit-cycle-schedule";
  public static final String THEMATIC_KEY = "thematic-audit";
  public static final String REQUEST_KEY = "audit-request";

  /** Variables. */
  public static final class Vars {
    public static final String CYCLE_REFERENCE = "cycleReference";
    public static final String CYCLE_DATE = "cycleDate";
    public static final String STARTED_BY = "startedBy";
    public static final String AUDIT_MANAGER = "auditManager";
    public static final String REVIEW_DUE_DATE = "reviewDueDate";
    public static final String REVIEWED_BY = "reviewedBy";
    // thematic audit start form
    public static final String THEME_NAME = "themeName";
    public static final String KEY_LINES = "keyLinesOfEnquiry";
    public static final String MULTI_AGENCY = "multiAgency";
    public static final String COHORT_BY = "cohortBy";
    public static final String LEGAL_STATUSES = "legalStatuses";
    public static final String TEAM_CODES = "teamCodes";
    public static final String COHORT_SIZE = "cohortSize";
    public static final String CHILD_REFERENCES = "childReferences";
    public static final String MODERATED_SHARE = "moderatedShareChoice";
    public static final String THEME_REFERENCE = "themeReference";
    // audit request
    public static final String REQUESTER = "requester";
    public static final String REQUEST_REFERENCE = "requestReference";
    public static final String CHILD_REFERENCE = "childReference";
    public static final String REQUEST_REASON = "requestReason";
    public static final String REQUEST_REASON_TEXT = "requestReasonText";
    public static final String REQUEST_DETAILS = "requestDetails";
    public static final String REQUEST_ACCEPTED = "requestAccepted";
    public static final String DECISION_REASON = "decisionReason";
    public static final String DECISION_DUE_DATE = "decisionDueDate";
    public static final String TEAM_CODE = "teamCode";

    private Vars() {}
  }
}
