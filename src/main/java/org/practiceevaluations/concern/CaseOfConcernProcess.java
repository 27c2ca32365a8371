package org.practiceevaluations.concern;

import java.util.Date;
import java.util.Map;
import org.practiceevaluations.common.Variable;

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
    public static final String SEND_RESPONSE_RECEIVED = "Task_SendResponseReceived";
    public static final String REVIEW_MEETING = "Task_ReviewMeeting";
    public static final String REVIEW_MEETING_DUE = "Timer_ReviewMeetingDue";
    public static final String FOLLOWING = "SubProcess_Following";
    public static final String NEXT_MONTHLY_REVIEW = "Timer_NextMonthlyReview";
    public static final String SCHEDULE_REVIEW = "Task_ScheduleReview";
    public static final String SEND_MONTHLY_REVIEW_DUE = "Task_SendMonthlyReviewDue";
    public static final String MONTHLY_PROGRESS_REVIEW = "Task_MonthlyProgressReview";
    public static final String PROGRESS_REVIEW_OVERDUE = "Timer_ProgressReviewOverdue";
    public static final String SEND_PROGRESS_REVIEW_OVERDUE = "Task_SendProgressReviewOverdue";
    public static final String SEND_PROGRESS_REVIEW_RECEIVED = "Task_SendProgressReviewReceived";
    public static final String RE_AUDIT_DURING_REVIEW = "Boundary_ReAuditDuringReview";
    public static final String WAITING_FOR_RE_AUDIT = "Event_ReAuditCompleted";
    public static final String NEXT_EVENT = "Gateway_NextEvent";
    public static final String DECIDE_OUTCOME = "Task_DecideOutcome";
    public static final String IMPROVEMENT_SUSTAINED = "EndEvent_ImprovementSustained";
    public static final String STILL_INADEQUATE = "EndEvent_StillInadequate";
    public static final String ALLOCATE_RE_AUDIT_TIMER = "Timer_AllocateReAudit";
    public static final String ALLOCATE_RE_AUDIT = "Task_AllocateReAudit";
    public static final String SEND_RE_AUDIT_ALLOCATED = "Task_SendReAuditAllocated";
    public static final String RECORD_RE_AUDIT_OUTCOME = "Task_RecordReAuditOutcome";
    public static final String CLOSE_CONCERN = "Task_CloseConcern";
    public static final String CARRY_ON = "Task_CarryOn";
    public static final String CLOSED = "EndEvent_ConcernClosed";

    private Elements() {}
  }

  /** Variables (besides the evaluation's: evaluationReference, childReference, ...). */
  public static final class Vars {
    public static final Variable<String> CONCERN_REFERENCE = Variable.text("concernReference");
    public static final Variable<Integer> CONCERN_ROUND = Variable.whole("concernRound");
    public static final Variable<Map<String, Object>> DEADLINES = Variable.map("concernDeadlines");
    public static final Variable<Date> RESPONSE_DUE_DATE = Variable.date("practiceManagerResponseDueDate");
    public static final Variable<Date> RESPONSE_REMINDER_DATE = Variable.date("practiceManagerResponseReminderDate");
    public static final Variable<Date> REVIEW_MEETING_DUE_DATE = Variable.date("reviewMeetingDueDate");
    public static final Variable<Date> REVIEW_MEETING_REMINDER_DATE = Variable.date("reviewMeetingReminderDate");
    public static final Variable<String> PROGRESS_REVIEW_EVERY = Variable.text("progressReviewEvery");
    public static final Variable<Date> PROGRESS_REVIEW_DUE_DATE = Variable.date("progressReviewDueDate");
    public static final Variable<String> PROGRESS_REVIEW_OVERDUE_CYCLE = Variable.text("progressReviewOverdueCycle");
    public static final Variable<Date> RE_AUDIT_DUE_DATE = Variable.date("reAuditDueDate");
    public static final Variable<Date> RE_AUDIT_ALLOCATION_DATE = Variable.date("reAuditAllocationDate");
    /** The practice manager's latest monthly review: has the improvement held? (null until a review says.) */
    public static final Variable<Boolean> IMPROVEMENT_SUSTAINED = Variable.flag("improvementSustained");
    /** The decision concern-outcome: {@code close}, {@code carry-on} or {@code keep-reviewing}. */
    public static final Variable<String> CONCERN_OUTCOME = Variable.text("concernOutcome");

    private Vars() {}
  }
}
