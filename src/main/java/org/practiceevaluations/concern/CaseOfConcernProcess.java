package org.practiceevaluations.concern;

/** The case-of-concern process ({@code processes/case-of-concern.bpmn}): key, element ids, variables. */
public final class CaseOfConcernProcess {

  private CaseOfConcernProcess() {}

  public static final String KEY = "case-of-concern";

  /** Element ids. */
  public static final class Elements {
    public static final String CIRCULATE = "Task_CirculateEvaluation";
    public static final String PRACTICE_MANAGER_RESPONSE = "Task_PracticeManagerResponse";
    public static final String RESPONSE_REMINDER = "Timer_ResponseReminder";
    public static final String RESPONSE_OVERDUE = "Timer_ResponseOverdue";
    public static final String REVIEW_MEETING = "Task_ReviewMeeting";
    public static final String REVIEW_MEETING_DUE = "Timer_ReviewMeetingDue";
    public static final String UNTIL_RE_AUDIT = "SubProcess_UntilReAudit";
    public static final String NEXT_MONTHLY_REVIEW = "Timer_NextMonthlyReview";
    public static final String MONTHLY_PROGRESS_REVIEW = "Task_MonthlyProgressReview";
    public static final String RE_AUDIT_DURING_REVIEW = "Boundary_ReAuditDuringReview";
    public static final String WAITING_FOR_RE_AUDIT = "Event_ReAuditCompleted";
    public static final String NEXT_EVENT = "Gateway_NextEvent";
    public static final String RE_AUDIT_DUE = "Timer_ReAuditDue";
    public static final String QUEUE_RE_AUDIT = "Task_QueueReAudit";
    public static final String RECORD_RE_AUDIT_OUTCOME = "Task_RecordReAuditOutcome";
    public static final String CLOSE_CONCERN = "Task_CloseConcern";
    public static final String CARRY_ON = "Task_CarryOn";
    public static final String CLOSED = "EndEvent_ConcernClosed";

    private Elements() {}
  }

  /** Variables (besides the evaluation's: evaluationReference, childReference, ...). */
  public static final class Vars {
    public static final String CONCERN_REFERENCE = "concernReference";
    public static final String CONCERN_ROUND = "concernRound";
    public static final String DEADLINES = "concernDeadlines";
    public static final String RESPONSE_DUE_DATE = "practiceManagerResponseDueDate";
    public static final String RESPONSE_REMINDER_DATE = "practiceManagerResponseReminderDate";
    public static final String REVIEW_MEETING_DUE_DATE = "reviewMeetingDueDate";
    public static final String REVIEW_MEETING_REMINDER_DATE = "reviewMeetingReminderDate";
    public static final String PROGRESS_REVIEW_EVERY = "progressReviewEvery";
    public static final String RE_AUDIT_DUE_DATE = "reAuditDueDate";

    private Vars() {}
  }
}
