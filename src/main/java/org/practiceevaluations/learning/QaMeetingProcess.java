package org.practiceevaluations.learning;

/** The area QA meeting process ({@code processes/area-qa-meeting.bpmn}): key, element ids, variables. */
public final class QaMeetingProcess {

  private QaMeetingProcess() {}

  public static final String KEY = "area-qa-meeting";

  /** Element ids. */
  public static final class Elements {
    public static final String STARTED = "StartEvent_PackNeeded";
    public static final String OPEN = "Task_OpenMeeting";
    public static final String SAVE_PACK = "Task_SavePack";
    public static final String SEND_PACK = "Task_SendPack";
    public static final String HOLD = "Task_HoldMeeting";
    public static final String ANY_DEADLINES = "Gateway_FurtherDeadlines";
    public static final String RECORDED_NO_DEADLINES = "EndEvent_MeetingRecorded";
    public static final String FOLLOW_DEADLINE = "SubProcess_FollowDeadline";
    public static final String SET_REMINDER_DATE = "Task_SetReminderDate";
    public static final String BEFORE_DEADLINE = "Timer_BeforeDeadline";
    public static final String CHECK_BEFORE_REMINDER = "Task_CheckBeforeReminder";
    public static final String DONE_EARLY = "EndEvent_DoneEarly";
    public static final String SEND_REMINDER = "Task_SendDeadlineReminder";
    public static final String DEADLINE = "Timer_Deadline";
    public static final String CHECK_AT_DEADLINE = "Task_CheckAtDeadline";
    public static final String DONE_IN_TIME = "EndEvent_DoneInTime";
    public static final String SEND_MISSED = "Task_SendDeadlineMissed";
    public static final String MISSED = "EndEvent_DeadlineMissed";
    public static final String FOLLOWED_UP = "EndEvent_DeadlinesFollowed";

    private Elements() {}
  }

  /** Variables. */
  public static final class Vars {
    /** Start form or the schedule: the area and the month ("2027-03"; empty for the month ended last). */
    public static final String SERVICE_AREA_CODE = "serviceAreaCode";
    public static final String MONTH = "month";
    public static final String STARTED_BY = "startedBy";
    public static final String MEETING_REFERENCE = "meetingReference";
    public static final String AREA_NAME = "serviceAreaName";
    public static final String MONTH_LABEL = "monthLabel";
    public static final String PRACTICE_MANAGER = "practiceManager";
    /** Every practice manager of the area's teams (comma-separated): the meeting's task is offered to each. */
    public static final String PRACTICE_MANAGERS = "practiceManagers";
    public static final String MEETING_DUE_DATE = "meetingDueDate";
    public static final String PACK_URL = "packUrl";
    /** Set by the meeting's form: the further deadlines' ids, and how many. */
    public static final String FURTHER_DEADLINES = "furtherDeadlines";
    public static final String FURTHER_DEADLINE_COUNT = "furtherDeadlineCount";
    /** Local to each further deadline followed. */
    public static final String FURTHER_DEADLINE_ID = "furtherDeadlineId";
    public static final String FURTHER_DEADLINE_DATE = "furtherDeadlineDate";
    public static final String FURTHER_DEADLINE_REMINDER_DATE = "furtherDeadlineReminderDate";
    public static final String EVALUATION_REFERENCE = "evaluationReference";
    public static final String ACTION_NUMBER = "actionNumber";
    public static final String ACTION_OWNER = "actionOwner";
    public static final String TEAM_CODE = "teamCode";
    /** Nothing more to chase: the action is done, or a later meeting moved its deadline again. */
    public static final String ACTION_DONE = "actionDone";

    private Vars() {}
  }
}
