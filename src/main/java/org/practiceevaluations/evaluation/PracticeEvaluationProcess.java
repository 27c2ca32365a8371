package org.practiceevaluations.evaluation;

import java.util.Date;
import java.util.Map;
import org.practiceevaluations.common.Variable;

/**
 * The practice evaluation process ({@code processes/practice-evaluation.bpmn}): its key, messages, element ids and
 * variable names, in one place. Delegates, form handlers and tests use these names; nothing else repeats them.
 * Variables hold references and routing facts; the evaluation's content lives in the evaluation tables.
 */
public final class PracticeEvaluationProcess {

  private PracticeEvaluationProcess() {}

  public static final String KEY = "practice-evaluation";

  /**
   * The process a moderated evaluation calls (its call activity's {@code calledElement}); the moderation capability
   * declares it as its key ({@code moderation.ModerationProcess.KEY}).
   */
  public static final String MODERATION_KEY = "moderation";

  /** Messages. */
  public static final class Messages {
    public static final String SAFETY_ESCALATION_RAISED = "SafetyEscalationRaised";
    public static final String INADEQUATE_EVALUATION = "InadequateEvaluation";
    public static final String FIRST_EVALUATION_SUBMITTED = "FirstEvaluationSubmitted";
    public static final String RE_AUDIT_COMPLETED = "ReAuditCompleted";
    /** A grade revised after the team's dispute: the case of concern it opened closes. */
    public static final String GRADE_REVISED = "GradeRevised";

    private Messages() {}
  }

  /** Element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_EvaluationAllocated";
    public static final String SEND_ALLOCATION = "Task_SendAllocation";
    public static final String AUDITOR_WORK = "SubProcess_AuditorWork";
    public static final String READ_ALLOCATION = "Task_ReadAllocation";
    public static final String CONTACT_SOCIAL_WORKER = "Task_ContactSocialWorker";
    public static final String GATHER_FEEDBACK = "Task_GatherFeedback";
    public static final String COMPLETE_EVALUATION = "Task_CompleteEvaluation";
    public static final String SEND_INADEQUATE_AT_ONCE = "Task_SendInadequateAtOnce";
    public static final String REFLECTIVE_DISCUSSION = "Task_ReflectiveDiscussion";
    public static final String AUDIT_REMINDER = "Timer_AuditReminder";
    public static final String AUDIT_OVERDUE = "Timer_AuditOverdue";
    public static final String SEND_AUDIT_REMINDER = "Task_SendAuditReminder";
    public static final String SEND_AUDIT_OVERDUE = "Task_SendAuditOverdue";
    public static final String RECORD_SUBMISSION = "Task_RecordSubmission";
    public static final String HAND_TO_MODERATOR = "Task_HandToModerator";
    public static final String SEND_TO_MODERATOR = "Task_SendToModerator";
    public static final String MODERATION = "CallActivity_Moderation";
    public static final String DISCUSS_GRADE = "Task_DiscussGrade";
    public static final String RECORD_GRADE_DISCUSSION = "Task_RecordGradeDiscussion";
    public static final String REFER_DISPUTE = "Task_ReferDispute";
    public static final String DECIDE_GRADE = "Task_DecideGrade";
    public static final String RECORD_FINAL_GRADE = "Task_RecordFinalGrade";
    public static final String SPEAK_TO_TEAM = "Task_SpeakToTeam";
    public static final String SPEAK_TO_TEAM_OVERDUE = "Timer_SpeakToTeamOverdue";
    public static final String SEND_SPEAK_TO_TEAM_OVERDUE = "Task_SendSpeakToTeamOverdue";
    public static final String SAVE_PDF = "Task_SavePdf";
    public static final String ADD_CASE_NOTE = "Task_AddCaseNote";
    public static final String SHARE_EVALUATION = "Task_ShareEvaluation";
    public static final String MARK_SHARED = "Task_MarkShared";
    public static final String HAND_OVER_CONCERN = "Event_HandOverConcern";
    public static final String TEAM_FOLLOW_UP = "SubProcess_TeamFollowUp";
    public static final String SUPERVISION_DISCUSSION = "Task_SupervisionDiscussion";
    public static final String WRITE_CASE_NOTE = "Task_WriteCaseNote";
    public static final String CASE_NOTE_REMINDER = "Timer_CaseNoteReminder";
    public static final String CASE_NOTE_OVERDUE = "Timer_CaseNoteOverdue";
    public static final String SEND_CASE_NOTE_REMINDER = "Task_SendCaseNoteReminder";
    public static final String SEND_CASE_NOTE_OVERDUE = "Task_SendCaseNoteOverdue";
    public static final String RECORD_TEAM_CASE_NOTE = "Task_RecordTeamCaseNote";
    public static final String UPDATE_ACTIONS = "Task_UpdateActions";
    public static final String ACTIONS_REMINDER = "Timer_ActionsReminder";
    public static final String SEND_ACTIONS_REMINDER = "Task_SendActionsReminder";
    public static final String CLOSE_EVALUATION = "Task_CloseEvaluation";
    public static final String END_COMPLETE = "EndEvent_EvaluationComplete";
    public static final String SAFETY_ESCALATION = "SubProcess_SafetyEscalation";
    public static final String RECORD_ESCALATION = "Task_RecordEscalation";
    public static final String SEND_ESCALATION = "Task_SendEscalation";
    public static final String CONFIRM_SAFETY_ACTION = "Task_ConfirmSafetyAction";
    public static final String SEND_CONFIRMATION = "Task_SendConfirmation";
    public static final String SAFETY_CONFIRMATION_OVERDUE = "Timer_SafetyConfirmationOverdue";
    public static final String SEND_SAFETY_CONFIRMATION_OVERDUE = "Task_SendSafetyConfirmationOverdue";
    public static final String AFTER_SHARING = "Gateway_AfterSharing";
    public static final String TEAM_ACCEPTS_GRADE = "Task_TeamAcceptsGrade";
    public static final String DISPUTE_WINDOW_CLOSED = "Timer_DisputeWindowClosed";
    public static final String SETTLE_DISPUTE = "CallActivity_SettleDispute";
    public static final String NO_DISPUTE_OFFERED = "EndEvent_NoDisputeOffered";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Vars {
    // start form (audit team)
    public static final Variable<String> CHILD_REFERENCE = Variable.text("childReference");
    public static final Variable<String> EVALUATION_TYPE = Variable.text("evaluationType");
    public static final Variable<String> AUDITOR = Variable.text("auditor");
    public static final Variable<String> MODERATOR = Variable.text("moderator");
    public static final Variable<String> ALLOCATED_BY = Variable.text("allocatedBy");
    public static final Variable<String> PREVIOUS_EVALUATION = Variable.text("previousEvaluationReference");
    public static final Variable<String> THEME_REFERENCE = Variable.text("themeReference");
    public static final Variable<String> RE_AUDIT_REFERENCE = Variable.text("reAuditEvaluationReference");
    public static final Variable<String> RE_AUDIT_GRADE = Variable.text("reAuditGrade");
    /** The latest the evaluation may be due (a re-audit: three months after the grade it follows up); may be null. */
    public static final Variable<Date> DUE_BY = Variable.date("dueBy");
    // set at preparation
    public static final Variable<String> EVALUATION_REFERENCE = Variable.text("evaluationReference");
    public static final Variable<Long> EVALUATION_ID = Variable.id("evaluationId");
    public static final Variable<String> TEAM_NAME = Variable.text("teamName");
    public static final Variable<String> TEAM_CODE = Variable.text("teamCode");
    public static final Variable<Boolean> MODERATED = Variable.flag("moderated");
    public static final Variable<String> SOCIAL_WORKER = Variable.text("socialWorker");
    public static final Variable<String> TEAM_MANAGER = Variable.text("teamManager");
    public static final Variable<String> PRACTICE_MANAGER = Variable.text("practiceManager");
    public static final Variable<String> HEAD_OF_SERVICE = Variable.text("headOfService");
    public static final Variable<String> IRO = Variable.text("iro");
    public static final Variable<String> AUDIT_MANAGER = Variable.text("auditManager");
    // deadlines (DMN result and the dates worked out from it)
    public static final Variable<Map<String, Object>> DEADLINES = Variable.map("deadlines");
    public static final Variable<Date> AUDIT_DUE_DATE = Variable.date("auditDueDate");
    public static final Variable<Date> AUDIT_REMINDER_DATE = Variable.date("auditReminderDate");
    public static final Variable<String> AUDIT_OVERDUE_CYCLE = Variable.text("auditOverdueCycle");
    public static final Variable<Date> MODERATION_DUE_DATE = Variable.date("moderationDueDate");
    public static final Variable<String> MODERATION_OVERDUE_CYCLE = Variable.text("moderationOverdueCycle");
    public static final Variable<Date> DISPUTE_DUE_DATE = Variable.date("disputeDueDate");
    public static final Variable<Date> CASE_NOTE_DUE_DATE = Variable.date("caseNoteDueDate");
    public static final Variable<Date> CASE_NOTE_REMINDER_DATE = Variable.date("caseNoteReminderDate");
    public static final Variable<String> ACTIONS_REMINDER_CYCLE = Variable.text("actionsReminderCycle");
    public static final Variable<Date> NEXT_ACTION_DUE_DATE = Variable.date("nextActionDueDate");
    public static final Variable<Date> SPEAK_TO_TEAM_DUE_DATE = Variable.date("speakToTeamDueDate");
    public static final Variable<String> SPEAK_TO_TEAM_OVERDUE_CYCLE = Variable.text("speakToTeamOverdueCycle");
    // routing facts
    public static final Variable<Boolean> FAMILY_CONTACT_SAFE = Variable.flag("familyContactSafe");
    public static final Variable<String> FIRST_GRADE = Variable.text("firstGrade");
    public static final Variable<String> MODERATED_GRADE = Variable.text("moderatedGrade");
    /** Input parameter of the inadequate-grade notice: who recorded the grade ({@code auditor}, {@code moderator}). */
    public static final Variable<String> GRADED_BY = Variable.text("gradedBy");
    public static final Variable<String> FINAL_GRADE = Variable.text("finalGrade");
    public static final Variable<Boolean> GRADE_DISPUTED = Variable.flag("gradeDisputed");
    public static final Variable<Boolean> GRADE_AGREED = Variable.flag("gradeAgreed");
    public static final Variable<String> GRADE_HOLDER = Variable.text("gradeHolder");
    /** A settled dispute changed the final grade (the grade-dispute process then files and sends the new one). */
    public static final Variable<Boolean> GRADE_REVISED = Variable.flag("gradeRevised");
    /** The team manager says the team disputes the grade it received. */
    public static final Variable<Boolean> TEAM_DISPUTES_GRADE = Variable.flag("teamDisputesGrade");
    public static final Variable<Date> DISPUTE_WINDOW_END_DATE = Variable.date("disputeWindowEndDate");
    public static final Variable<Boolean> DISCREPANCY = Variable.flag("discrepancy");
    public static final Variable<Integer> OPEN_ACTION_COUNT = Variable.whole("openActionCount");
    // safety escalation (local to the event sub-process instance)
    public static final Variable<String> RAISED_BY = Variable.text("raisedBy");
    public static final Variable<String> ESCALATION_CONCERN = Variable.text("escalationConcern");
    public static final Variable<Long> ESCALATION_ID = Variable.id("escalationId");
    public static final Variable<Date> SAFETY_CONFIRMATION_DUE_DATE = Variable.date("safetyConfirmationDueDate");
    public static final Variable<String> SAFETY_CONFIRMATION_OVERDUE_CYCLE = Variable.text("safetyConfirmationOverdueCycle");

    private Vars() {}
  }
}
