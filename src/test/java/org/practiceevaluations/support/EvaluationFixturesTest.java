package org.practiceevaluations.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.evaluation.EvaluationViews;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link EvaluationFixtures} is a component of the test sources, so the shared {@link AppTest} context has it. */
@AppTest
class EvaluationFixturesTest {

  @Autowired EvaluationFixtures fixtures;
  @Autowired EvaluationViews views;

  @Test
  void buildsAModeratedEvaluationWithADiscrepancyAndReadsItBack() {
    String reference = fixtures.completed("C104977", "pmurphy", Grade.GOOD, "sclarke", Grade.REQUIRES_IMPROVEMENT);
    EvaluationView view = views.view(reference);
    assertThat(reference).matches("PE-\\d{4}-\\d{4}");
    assertThat(view.grades().finalGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
    assertThat(view.grades().discrepancy()).isTrue();
    assertThat(view.sections()).hasSize(ShippedCatalogue.catalogue().sections().size());
    assertThat(view.sections()).filteredOn(s -> s.judged()).hasSize(12).allSatisfy(s -> {
      assertThat(s.firstJudgement()).isNotNull();
      assertThat(s.moderatorJudgement()).isNotNull();
    });
    // good practice, improvements and learning needs are written, not judged
    assertThat(view.sections()).filteredOn(s -> !s.judged()).extracting(s -> s.purpose())
        .containsExactly("good-practice", "improvements", "learning-needs");
    assertThat(view.sections()).filteredOn(s -> !s.judged()).allSatisfy(s -> {
      assertThat(s.firstJudgement()).isNull();
      assertThat(s.firstCommentary()).isNotBlank();
      assertThat(s.moderatorCommentary()).isNotBlank();
    });
    assertThat(view.actions()).hasSize(2);
    assertThat(view.people().moderator().name()).isEqualTo("Simon Clarke");
    assertThat(view.child().teamName()).isEqualTo("Family Safeguarding Team 1");
  }
}
