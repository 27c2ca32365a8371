package org.practiceevaluations.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.evaluation.EvaluationStage;

/**
 * The overview asks for the open evaluations by naming the open stages (so the database reads them from the stage
 * index); a stage added later must be named here or be one of the two that close an evaluation.
 */
class OpenStagesTest {

  @Test
  void everyStageButCompleteAndCancelledIsOpen() {
    EnumSet<EvaluationStage> closed = EnumSet.complementOf(EnumSet.copyOf(AuditQueries.OPEN_STAGES));

    assertThat(closed).containsExactlyInAnyOrder(EvaluationStage.COMPLETE, EvaluationStage.CANCELLED);
  }
}
