package org.practiceevaluations.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.common.OnDemandList;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link EvaluationFixtures} is a component of the test sources, so the shared {@link AppTest} context has it. */
@AppTest
class EvaluationFixturesTest {

  @Autowired EvaluationFixtures fixtures;
  @Autowired EvaluationViews views;
  @Autowired EvaluationRepository evaluations;
  @Autowired TransactionTemplate transactions;

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

  @Test
  void aMailsViewReadsItsListsOnlyWhenTheTemplateUsesThemAndThenShowsTheSameAsTheFullView() {
    String reference = fixtures.completed("C104977", "pmurphy", Grade.GOOD, "sclarke", Grade.REQUIRES_IMPROVEMENT);
    transactions.executeWithoutResult(tx -> {
      Evaluation row = evaluations.findByReference(reference).orElseThrow();
      EvaluationView mail = views.forMail(row);
      assertThat(mail.reference()).isEqualTo(reference);
      assertThat(mail.people().moderator().name()).isEqualTo("Simon Clarke");
      // nothing read yet: a reminder that shows the child, the people and a date stops here
      assertThat(List.of(mail.sections(), mail.actions(), mail.escalations(), mail.contact().feedback()))
          .allSatisfy(list -> assertThat(((OnDemandList<?>) list).isRead()).isFalse());
      // a template that shows them reads them in its transaction, and sees what the full view shows
      assertThat(mail.actions()).hasSize(2);
      assertThat(((OnDemandList<?>) mail.actions()).isRead()).isTrue();
      assertThat(((OnDemandList<?>) mail.sections()).isRead()).isFalse();
      assertThat(mail).isEqualTo(views.of(row));
      assertThat(mail.actions().get(0).owner()).isNotNull();
    });
  }
}
