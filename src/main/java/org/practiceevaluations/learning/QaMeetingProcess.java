package org.practiceevaluations.learning;

import java.util.Date;
import java.util.List;
import org.practiceevaluations.common.Variable;

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
    public static final Variable<String> SERVICE_AREA_CODE = Variable.text("serviceAreaCode");
    public static final Variable<String> MONTH = Variable.text("month");
    public static final Variable<String> STARTED_BY = Variable.text("startedBy");
    public static final Variable<String> MEETING_REFERENCE = Variable.text("meetingReference");
    public static final Variable<String> AREA_NAME = Variable.text("serviceAreaName");
    public static final Variable<String> MONTH_LABEL = Variable.text("monthLabel");
    public static final Variable<String> PRACTICE_MANAGER = Variable.text("practiceManager");
    /** Every practice manager of the area's teams (comma-separated): the meeting's task is offered to each. */
    public static final Variable<String> PRACTICE_MANAGERS = Variable.text("practiceManagers");
    public static final Variable<Date> MEETING_DUE_DATE = Variable.date("meetingDueDate");
    public static final Variable<String> PACK_URL = Variable.text("packUrl");
    /** Set by the meeting's form: the further deadlines' ids, and how many. */
    public static final Variable<List<Long>> FURTHER_DEADLINES = Variable.listOf("furtherDeadlines", Long.class);
    public static final Variable<Integer> FURTHER_DEADLINE_COUNT = Variable.whole("furtherDeadlineCount");
    /** Local to each further deadline followed. */
    public static final Variable<Long> FURTHER_DEADLINE_ID = Variable.id("furtherDeadlineId");
    public static final Variable<Date> FURTHER_DEADLINE_DATE = Variable.date("furtherDeadlineDate");
    public static final Variable<Date> FURTHER_DEADLINE_REMINDER_DATE = Variable.date("furtherDeadlineReminderDate");
    public static final Variable<String> EVALUATION_REFERENCE = Variable.text("evaluationReference");
    public static final Variable<Integer> ACTION_NUMBER = Variable.whole("actionNumber");
    public static final Variable<String> ACTION_OWNER = Variable.text("actionOwner");
    public static final Variable<String> TEAM_CODE = Variable.text("teamCode");
    /** Nothing more to chase: the action is done, or a later meeting moved its deadline again. */
    public static final Variable<Boolean> ACTION_DONE = Variable.flag("actionDone");

    private Vars() {}
  }
}
