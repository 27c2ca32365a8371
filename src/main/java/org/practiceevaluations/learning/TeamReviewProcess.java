package org.practiceevaluations.learning;

import java.util.Date;
import org.practiceevaluations.common.Variable;

/** The team review process ({@code processes/team-review.bpmn}): key, element ids, variables. */
public final class TeamReviewProcess {

  private TeamReviewProcess() {}

  public static final String KEY = "team-review";

  /** Element ids. */
  public static final class Elements {
    public static final String STARTED = "StartEvent_ReviewNeeded";
    public static final String OPEN = "Task_OpenReview";
    public static final String INVITE = "Task_InviteManagers";
    public static final String HOLD = "Task_HoldReview";
    public static final String SEND_PLAN = "Task_SendActionPlan";
    public static final String HELD = "EndEvent_ReviewHeld";

    private Elements() {}
  }

  /** Variables. */
  public static final class Vars {
    /** Start form or the monthly check: the team, and why (goes into the invitation). */
    public static final Variable<String> TEAM_CODE = Variable.text("teamCode");
    public static final Variable<String> REVIEW_REASON = Variable.text("reviewReason");
    public static final Variable<String> OPENED_BY = Variable.text("openedBy");
    public static final Variable<String> REVIEW_REFERENCE = Variable.text("reviewReference");
    public static final Variable<String> AUDIT_MANAGER = Variable.text("auditManager");
    public static final Variable<Date> MEETING_DUE_DATE = Variable.date("meetingDueDate");
    /** Read by the invitation template: the reason, shown as is. */
    public static final Variable<String> REASON = Variable.text("reason");
    /** Read by the action plan template: the plan and the team's learning as the audit manager wrote them. */
    public static final Variable<String> ACTION_PLAN_TEXT = Variable.text("actionPlanText");
    public static final Variable<String> TEAM_LEARNING_TEXT = Variable.text("teamLearningText");

    private Vars() {}
  }
}
