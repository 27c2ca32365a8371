package org.practiceevaluations.audit;

import org.practiceevaluations.evaluation.EvaluationStage;

/** How the overview names the stages of an evaluation. */
final class StageLabels {

  private StageLabels() {}

  static String of(EvaluationStage stage) {
    return switch (stage) {
      case ALLOCATED -> "Allocated";
      case IN_PROGRESS -> "In progress";
      case AWAITING_MODERATION -> "Awaiting moderation";
      case GRADE_DISPUTED -> "Grade disputed";
      case SHARED -> "Shared with the team";
      case ACTIONS_OPEN -> "Actions open";
      case COMPLETE -> "Complete";
      case CANCELLED -> "Cancelled";
    };
  }
}
