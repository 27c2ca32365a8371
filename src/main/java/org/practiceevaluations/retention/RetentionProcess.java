package org.practiceevaluations.retention;

import org.practiceevaluations.common.Variable;

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
    public static final Variable<Integer> OUTBOX_MAIL_DELETED = Variable.whole("outboxMailDeleted");
    public static final Variable<Integer> NOTIFICATION_RECORDS_DELETED = Variable.whole("notificationRecordsDeleted");
    public static final Variable<Integer> CASES_ANONYMISED = Variable.whole("closedCasesAnonymised");
    public static final Variable<Integer> EVALUATIONS_ANONYMISED = Variable.whole("evaluationsAnonymised");
    public static final Variable<Integer> CASE_NOTES_DELETED = Variable.whole("caseNotesDeleted");
    public static final Variable<Integer> DOCUMENTS_DELETED = Variable.whole("documentsDeleted");
    public static final Variable<Integer> FILES_DELETED = Variable.whole("filesDeleted");
    public static final Variable<Long> ENGINE_HISTORY_DUE = Variable.id("engineHistoryDue");

    private Vars() {}
  }
}
