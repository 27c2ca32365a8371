package org.practiceevaluations.changeaudit;

import java.util.Date;
import java.util.Map;
import org.practiceevaluations.common.Variable;

/**
 * The audit offered at a case's transfer or closure ({@code processes/change-audit-offer.bpmn}): key, element ids,
 * variables.
 */
public final class ChangeAuditProcess {

  private ChangeAuditProcess() {}

  public static final String KEY = "change-audit-offer";

  /** Element ids. */
  public static final class Elements {
    public static final String STARTED = "StartEvent_CaseChanged";
    public static final String RECORD = "Task_RecordOffer";
    public static final String WORK_OUT_DEADLINES = "Task_WorkOutOfferDeadlines";
    public static final String SET_DUE_DATE = "Task_SetOfferDueDate";
    public static final String DECIDE = "Task_DecideChangeAudit";
    public static final String CHASE = "Timer_ChangeAuditChase";
    public static final String SEND_CHASE = "Task_ChaseChangeAudit";
    public static final String CHASED = "EndEvent_ChangeAuditChased";
    public static final String STARTED_GATEWAY = "Gateway_AuditStarted";
    public static final String START_AUDIT = "Task_StartChangeAudit";
    public static final String AUDIT_STARTED = "EndEvent_AuditStarted";
    public static final String NOT_STARTED = "EndEvent_NotStarted";

    private Elements() {}
  }

  /** Variables: all written by the application; a person writes only the task form's answers. */
  public static final class Vars {
    public static final Variable<String> CHILD_REFERENCE = Variable.text("childReference");
    /** {@code closure} or {@code transfer}: the audit type, and the evaluation-deadlines decision's input. */
    public static final Variable<String> CHANGE_KIND = Variable.text("changeKind");
    public static final Variable<String> TEAM_CODE = Variable.text("teamCode");
    public static final Variable<String> FROM_TEAM_CODE = Variable.text("fromTeamCode");
    public static final Variable<String> OFFER_REFERENCE = Variable.text("offerReference");
    public static final Variable<String> TEAM_MANAGER = Variable.text("teamManager");
    /** The evaluation-deadlines decision's result. */
    public static final Variable<Map<String, Object>> DEADLINES = Variable.map("deadlines");
    public static final Variable<Date> CHANGE_AUDIT_DUE_DATE = Variable.date("changeAuditDueDate");
    public static final Variable<String> CHANGE_AUDIT_CHASE_CYCLE = Variable.text("changeAuditChaseCycle");
    /** Routing: the team manager starts the audit (their reason for not is in the offer's row). */
    public static final Variable<Boolean> START_AUDIT = Variable.flag("startAudit");
    /** The evaluation the manager started. */
    public static final Variable<String> EVALUATION_REFERENCE = Variable.text("evaluationReference");

    private Vars() {}
  }
}
