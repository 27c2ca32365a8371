package org.practiceevaluations.evaluation;

/**
 * The practice evaluation process ({@code processes/practice-evaluation.bpmn}): its key, messages, element ids and
 * variable names, in one place. Delegates, form handlers and tests use these names; nothing else repeats them.
 * Variables hold references and routing facts; the evaluation's content lives in the evaluation tables.
 */
public final class PracticeEvaluationProcess {

  private PracticeEvaluationProcess() {}

  public static final String KEY = "practice-evaluation";

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
    public static final String CHILD_REFERENCE = "childReference";
    public static final String EVALUATION_TYPE = "evaluationType";
    public static final String AUDITOR = "auditor";
    public static final String MODERATOR = "moderator";
    public static final String ALLOCATED_BY = "allocatedBy";
    public static final String PREVIOUS_EVALUATION = "previousEvaluationReference";
    public static final String THEME_REFERENCE = "themeReference";
    public static final String RE_AUDIT_REFERENCE = "reAuditEvaluationReference";
    public static final String RE_AUDIT_GRADE = "reAuditGrade";
    /** The latest the evaluation may be due (a re-audit: three months after the grade it follows up); may be null. */
    public static final String DUE_BY = "dueBy";
    // set at preparation
    public static final String EVALUATION_REFERENCE = "evaluationReference";
    public static final String EVALUATION_ID = "evaluationId";
    public static final String TEAM_NAME = "teamName";
    public static final String TEAM_CODE = "teamCode";
    public static final String MODERATED = "moderated";
    public static final String SOCIAL_WORKER = "socialWorker";
    public static final String TEAM_MANAGER = "teamManager";
    public static final String PRACTICE_MANAGER = "practiceManager";
    public static final String HEAD_OF_SERVICE = "headOfService";
    public static final String IRO = "iro";
    public static final String AUDIT_MANAGER = "auditManager";
    // deadlines (DMN result and the dates worked out from it)
    public static final String DEADLINES = "deadlines";
    public static final String AUDIT_DUE_DATE = "auditDueDate";
    public static final String AUDIT_REMINDER_DATE = "auditReminderDate";
    public static final String AUDIT_OVERDUE_CYCLE = "auditOverdueCycle";
    public static final String MODERATION_DUE_DATE = "moderationDueDate";
    public static final String MODERATION_OVERDUE_CYCLE = "moderationOverdueCycle";
    public static final String DISPUTE_DUE_DATE = "disputeDueDate";
    public static final String CASE_NOTE_DUE_DATE = "caseNoteDueDate";
    public static final String CASE_NOTE_REMINDER_DATE = "caseNoteReminderDate";
    public static final String ACTIONS_REMINDER_CYCLE = "actionsReminderCycle";
    public static final String NEXT_ACTION_DUE_DATE = "nextActionDueDate";
    public static final String SPEAK_TO_TEAM_DUE_DATE = "speakToTeamDueDate";
    public static final String SPEAK_TO_TEAM_OVERDUE_CYCLE = "speakToTeamOverdueCycle";
    // routing facts
    public static final String FAMILY_CONTACT_SAFE = "familyContactSafe";
    public static final String FIRST_GRADE = "firstGrade";
    public static final String MODERATED_GRADE = "moderatedGrade";
    /** Input parameter of the inadequate-grade notice: who recorded the grade ({@code auditor}, {@code moderator}). */
    public static final String GRADED_BY = "gradedBy";
    public static final String FINAL_GRADE = "finalGrade";
    public static final String GRADE_DISPUTED = "gradeDisputed";
    public static final String GRADE_AGREED = "gradeAgreed";
    public static final String GRADE_HOLDER = "gradeHolder";
    /** A settled dispute changed the final grade (the grade-dispute process then files and sends the new one). */
    public static final String GRADE_REVISED = "gradeRevised";
    /** The team manager says the team disputes the grade it received. */
    public static final String TEAM_DISPUTES_GRADE = "teamDisputesGrade";
    public static final String DISPUTE_WINDOW_END_DATE = "disputeWindowEndDate";
    public static final String DISCREPANCY = "discrepancy";
    public static final String OPEN_ACTION_COUNT = "openActionCount";
    // safety escalation (local to the event sub-process instance)
    public static final String RAISED_BY = "raisedBy";
    public static final String ESCALATION_CONCERN = "escalationConcern";
    public static final String ESCALATION_ID = "escalationId";
    public static final String SAFETY_CONFIRMATION_DUE_DATE = "safetyConfirmationDueDate";
    public static final String SAFETY_CONFIRMATION_OVERDUE_CYCLE = "safetyConfirmationOverdueCycle";

    private Vars() {}
  }
}
