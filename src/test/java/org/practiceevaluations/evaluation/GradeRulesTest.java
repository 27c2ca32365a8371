package org.practiceevaluations.evaluation;

import org.practiceevaluations.catalogue.Grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.caseregister.LegalStatus;
import org.practiceevaluations.directory.ServiceArea;
import org.practiceevaluations.directory.Team;

/** Who settles the final grade (docs/guide.md, "A disputed grade"). */
class GradeRulesTest {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void inAModeratedEvaluationTheModeratorsGradeIsFinalAndNeitherAnAgreementNorTheAuditManagerReplacesIt() {
    Evaluation e = evaluation(true);
    e.grades().recordFirstGrade(Grade.GOOD, "cevans");
    e.reflectiveDiscussion().record(LocalDate.of(2026, 3, 1), "Team", "Discussed", true, null, null);
    e.markSubmitted(NOW, NOW.plusSeconds(86_400 * 7));
    e.moderation().record(Grade.REQUIRES_IMPROVEMENT, null, null);
    e.completeModeration(LocalDate.of(2026, 3, 2), "Discussed with the team", false, Grade.GOOD, "We think good",
        NOW);

    assertThat(e.grades().finalGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
    assertThat(e.grades().finalGradeSource()).isEqualTo(Evaluation.FinalGradeSource.MODERATOR);
    assertThat(e.teamAgreesWithCurrentGrade()).isFalse();
    assertThatThrownBy(() -> e.decideGrade(Grade.GOOD, "kmorgan", "The team is right", NOW))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("moderator's");
    assertThatThrownBy(() -> e.recordDisputeDiscussion("Agreed good", true, Grade.GOOD, NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThat(e.grades().finalGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
  }

  @Test
  void inAnUnmoderatedEvaluationTheAuditManagerDecidesADisputeThatTheDiscussionDidNotSettle() {
    Evaluation e = evaluation(false);
    e.grades().recordFirstGrade(Grade.REQUIRES_IMPROVEMENT, "cevans");
    e.reflectiveDiscussion().record(LocalDate.of(2026, 3, 1), "Team", "Discussed", false, Grade.GOOD, "We think good");
    e.markSubmitted(NOW, null);
    e.recordDisputeDiscussion("Still apart", false, null, NOW);
    e.decideGrade(Grade.GOOD, "kmorgan", "The evidence supports good", NOW);

    assertThat(e.grades().finalGrade()).isEqualTo(Grade.GOOD);
    assertThat(e.grades().finalGradeSource()).isEqualTo(Evaluation.FinalGradeSource.AUDIT_MANAGER);
  }

  @Test
  void aTeamDisputingTheGradeItReceivedIsKeptApartFromSection15AndTheSettledGradeReplacesTheAuditors() {
    Evaluation e = evaluation(false);
    e.grades().recordFirstGrade(Grade.INADEQUATE, "cevans");
    e.reflectiveDiscussion().record(LocalDate.of(2026, 3, 1), "Team", "Discussed", true, null, null);
    e.markSubmitted(NOW, null);
    e.markShared(NOW, NOW.plusSeconds(86_400 * 30));
    e.recordDisputeAfterSharing("pmurphy", Grade.REQUIRES_IMPROVEMENT, "The safety plan was in place", NOW);
    e.openDispute();

    assertThat(e.getStage()).as("the stage stays where the follow-up has it").isEqualTo(EvaluationStage.SHARED);
    assertThat(e.teamViewOfCurrentGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
    assertThat(e.teamReasonsAboutCurrentGrade()).isEqualTo("The safety plan was in place");
    assertThat(e.reflectiveDiscussion().teamView()).as("section 15's view untouched").isNull();
    e.recordDisputeDiscussion("Agreed", true, Grade.REQUIRES_IMPROVEMENT, NOW);
    assertThat(e.grades().finalGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
    assertThat(e.grades().finalGradeSource()).isEqualTo(Evaluation.FinalGradeSource.AGREED_AFTER_DISCUSSION);
  }

  @Test
  void aModeratedEvaluationsGradeCannotBeDisputedAfterSharing() {
    Evaluation e = evaluation(true);
    assertThatThrownBy(() -> e.recordDisputeAfterSharing("pmurphy", Grade.GOOD, "We think good", NOW))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("moderator's");
    assertThat(e.dispute().sharedDisputeAt()).isNull();
  }

  static Evaluation evaluation(boolean moderated) {
    Team team = new Team("ATN", "Assessment Team North", new ServiceArea("FDA", "Front Door", "hashworth"),
        "pmurphy", "lharris");
    ChildCase childCase = new ChildCase("C104237");
    childCase.update("Arthur", "Turner", LocalDate.of(2011, 3, 13), team, "ejones", null, LegalStatus.CHILD_IN_NEED,
        null, null, true);
    return new Evaluation("PE-2026-0001", moderated ? EvaluationType.MODERATED : EvaluationType.MONTHLY, moderated,
        childCase, "cevans", moderated ? "sclarke" : null, "kmorgan", NOW, NOW.plusSeconds(86_400 * 21));
  }
}
