package org.practiceevaluations.engine.history;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine's history at the level the audit trail needs (docs/adr/0024-history-kept-for-the-audit-trail.md): who
 * did which task when and the decisions, and nothing the application's own tables already hold.
 *
 * <p>Kept, as with Camunda's {@code full} level: process, activity and task instances (who had each task, when it
 * started and ended, who completed it), the identity links (to whom a task was offered or assigned), the user
 * operation log (who claimed, assigned, completed, changed what), every decision with its inputs and outputs,
 * incidents, batches, and each process variable's last value.
 *
 * <p>Not kept:
 * <ul>
 *   <li>each earlier value of a process variable ({@code ACT_HI_DETAIL} variable updates): the variables are the
 *       application's copies of what its tables hold (references, dates, grades), which keep their own record;</li>
 *   <li>form properties ({@code ACT_HI_DETAIL} form fields): a second copy of what the form submitted, held in the
 *       evaluation tables (FormHistoryFilter kept them out already);</li>
 *   <li>the job log ({@code ACT_HI_JOB_LOG}): a row for each creation, try, failure and success of every background
 *       step and timer. A step that keeps failing becomes an incident, which is kept; whether a mail went is in the
 *       notification ledger;</li>
 *   <li>the external task log: the application has no external tasks.</li>
 * </ul>
 */
public final class AuditTrailHistoryLevel implements HistoryLevel {

  public static final String NAME = "audit-trail";
  /** Not one of Camunda's (0 to 3); stored in {@code ACT_GE_PROPERTY} as {@code historyLevel}. */
  public static final int ID = 24;

  private static final Set<HistoryEventTypes> NOT_KEPT = EnumSet.of(
      HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, HistoryEventTypes.FORM_PROPERTY_UPDATE,
      HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_FAIL, HistoryEventTypes.JOB_SUCCESS,
      HistoryEventTypes.JOB_DELETE, HistoryEventTypes.EXTERNAL_TASK_CREATE, HistoryEventTypes.EXTERNAL_TASK_FAIL,
      HistoryEventTypes.EXTERNAL_TASK_SUCCESS, HistoryEventTypes.EXTERNAL_TASK_DELETE);

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return !(eventType instanceof HistoryEventTypes type && NOT_KEPT.contains(type));
  }

  @Override
  public String toString() {
    return NAME + "(" + ID + ")";
  }
}
