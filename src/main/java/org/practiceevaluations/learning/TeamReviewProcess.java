package org.practiceevaluations.learning;

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
    public static final String TEAM_CODE = "teamCode";
    public static final String REVIEW_REASON = "reviewReason";
    public static final String OPENED_BY = "openedBy";
    public static final String REVIEW_REFERENCE = "reviewReference";
    public static final String AUDIT_MANAGER = "auditManager";
    public static final String MEETING_DUE_DATE = "meetingDueDate";
    /** Read by the invitation template: the reason, shown as is. */
    public static final String REASON = "reason";
    /** Read by the action plan template: the plan and the team's learning as the audit manager wrote them. */
    public static final String ACTION_PLAN_TEXT = "actionPlanText";
    public static final String TEAM_LEARNING_TEXT = "teamLearningText";

    private Vars() {}
  }
}
