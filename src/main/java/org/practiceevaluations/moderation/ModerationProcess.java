package org.practiceevaluations.moderation;

import org.practiceevaluations.evaluation.PracticeEvaluationProcess;

/** The moderation process ({@code processes/moderation.bpmn}): key, element ids and the variables it adds. */
public final class ModerationProcess {

  private ModerationProcess() {}

  public static final String KEY = PracticeEvaluationProcess.MODERATION_KEY;

  /** Element ids. */
  public static final class Elements {
    public static final String READ_CASE_FILE = "Task_ReadCaseFile";
    public static final String FIRST_EVALUATION_ARRIVED = "Boundary_FirstEvaluationArrived";
    public static final String WAIT_FOR_FIRST_EVALUATION = "Event_WaitForFirstEvaluation";
    public static final String COMPLETE_MODERATION = "Task_CompleteModeration";
    public static final String MODERATION_OVERDUE = "Timer_ModerationOverdue";
    public static final String SEND_MODERATION_OVERDUE = "Task_SendModerationOverdue";
    public static final String SEND_INADEQUATE_AT_ONCE = "Task_SendInadequateAtOnce";
    public static final String MODERATION_DISCUSSION = "Task_ModerationDiscussion";
    public static final String RECORD_MODERATED_GRADE = "Task_RecordModeratedGrade";
    public static final String SEND_DISCREPANCY = "Task_SendDiscrepancy";
    public static final String END = "EndEvent_ModerationComplete";

    private Elements() {}
  }
}
