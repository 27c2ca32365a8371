package org.practiceevaluations.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.directory.Team;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.SectionJudgement.Stage;
import org.practiceevaluations.evaluation.SectionJudgement;

/** What one flagged evaluation gives the good practice digest (the moderated case is in QuarterlyReportStepsTest). */
class GoodPracticeDigestTest {

  static Evaluation evaluation(List<SectionJudgement> first, List<SectionJudgement> moderation) {
    Evaluation e = mock(Evaluation.class);
    Team team = mock(Team.class);
    when(team.getName()).thenReturn("Assessment Team North");
    when(e.getReference()).thenReturn("PE-2026-0012");
    when(e.getTeam()).thenReturn(team);
    when(e.sections(Stage.FIRST)).thenReturn(first);
    when(e.sections(Stage.MODERATION)).thenReturn(moderation);
    return e;
  }

  /** The catalogue's good practice section: written, not judged. */
  static SectionJudgement goodPractice(String commentary) {
    return new SectionJudgement(Stage.FIRST, "good-practice", 12, "good-practice", null, commentary, List.of());
  }

  @Test
  void anUnmoderatedEvaluationGivesItsTeamReferenceAndTheFirstAuditorsGoodPracticeCommentaryOnly() {
    Evaluation e = evaluation(List.of(
        new SectionJudgement(Stage.FIRST, "recording", 7, null, Judgement.GOOD, "Not this one.", List.of()),
        goodPractice("  A plan the family wrote with us. ")),
        List.of());

    assertThat(GoodPracticeDigest.example(e)).contains(new QuarterlyReportContent.GoodPracticeExample(
        "PE-2026-0012", "Assessment Team North", "A plan the family wrote with us."));
  }

  @Test
  void withoutAGoodPracticeCommentaryThereIsNothingToShare() {
    Evaluation e = evaluation(List.of(goodPractice(" ")),
        List.of());

    assertThat(GoodPracticeDigest.example(e)).isEmpty();
  }
}
