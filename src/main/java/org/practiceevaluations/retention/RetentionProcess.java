package org.practiceevaluations.retention;

/** The retention process ({@code processes/retention.bpmn}): key, element ids, variables (counts only). */
public final class RetentionProcess {

  private RetentionProcess() {}

  public static final String KEY = "retention";

  /** Element ids. */
  public static final class Elements {
    public static final String NIGHTLY = "StartEvent_Nightly";
    public static final String DELETE_OUTBOX_MAIL = "Task_DeleteOldOutboxMail";
    public static final String DELETE_NOTIFICATION_RECORDS = "Task_DeleteOldNotificationRecords";
    public static final String ANONYMISE_CLOSED_CASES = "Task_AnonymiseClosedCases";
    public static final String CLEAN_UP_ENGINE_HISTORY = "Task_CleanUpEngineHistory";
    public static final String DONE = "EndEvent_RecordsKeptOnlyAsLongAsNeeded";

    private Elements() {}
  }

  /** Variables: how many of each were removed. */
  public static final class Vars {
    public static final String OUTBOX_MAIL_DELETED = "outboxMailDeleted";
    public static final String NOTIFICATION_RECORDS_DELETED = "notificationRecordsDeleted";
    public static final String CASES_ANONYMISED = "closedCasesAnonymised";
    public static final String EVALUATIONS_ANONYMISED = "evaluationsAnonymised";
    public static final String CASE_NOTES_DELETED = "caseNotesDeleted";
    public static final String DOCUMENTS_DELETED = "documentsDeleted";
    public static final String FILES_DELETED = "filesDeleted";
    public static final String ENGINE_HISTORY_DUE = "engineHistoryDue";

    private Vars() {}
  }
}
