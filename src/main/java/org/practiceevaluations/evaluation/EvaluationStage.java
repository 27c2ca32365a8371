package org.practiceevaluations.evaluation;

/** Where an evaluation stands, for the audit manager's overview. */
public enum EvaluationStage {
  ALLOCATED,
  IN_PROGRESS,
  AWAITING_MODERATION,
  GRADE_DISPUTED,
  SHARED,
  ACTIONS_OPEN,
  COMPLETE,
  CANCELLED
}
