package org.practiceevaluations.reporting;

import org.practiceevaluations.filing.ReportPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.reporting.QuarterDataSet.AS_OF;
import static org.practiceevaluations.reporting.QuarterDataSet.LONDON;
import static org.practiceevaluations.reporting.QuarterDataSet.Q2;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.QuarterDataSetSeeder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hand-computed data set written into the evaluation tables reads back as the same facts, its section judgements
 * and statements counted from the tables as the collation counts them from the facts, and so gives the same figures
 * as {@link CollationTest} checks: the moderator's section judgements and statements count (not the first auditor's),
 * cancelled evaluations are kept out, and each case of concern belongs to the team of the evaluation that opened it.
 */
@AppTest
class ReportDataTest {

  @Autowired ReportData reportData;
  @Autowired QuarterDataSetSeeder seeder;

  @BeforeEach
  void seed() {
    seeder.seedOnce();
  }

  @Test
  void theTablesReadBackAsTheSeededFacts() {
    ReportPeriod both = new ReportPeriod(QuarterDataSet.Q1.start(), Q2.end());
    List<EvaluationFacts> read = reportData.evaluations(both).stream()
        .filter(e -> e.reference().startsWith("PE-2019-")).sorted(Comparator.comparing(EvaluationFacts::reference))
        .toList();
    List<EvaluationFacts> seeded = QuarterDataSet.evaluationFacts().stream()
        .filter(e -> both.contains(e.finalisedAt(), LONDON) || both.contains(e.dueAt(), LONDON))
        .sorted(Comparator.comparing(EvaluationFacts::reference)).toList();

    // the judgements are not kept per evaluation: they are counted per team as they stream (below)
    assertThat(read).allSatisfy(e -> assertThat(e.sections()).isEmpty())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("sections", "statementsOffered", "statementsMet")
        .containsExactlyElementsOf(seeded);
    assertThat(reportData.concerns(both)).usingRecursiveFieldByFieldElementComparator()
        .containsExactlyInAnyOrderElementsOf(QuarterDataSet.concernFacts());
  }

  @Test
  void eachTeamsJudgementsAndStatementsAreCountedFromTheTablesAsFromTheFacts() {
    JudgementTally fromTables = reportData.judgements(Q2, QuarterDataSet.Q1);
    JudgementTally fromFacts = JudgementTally.of(QuarterDataSet.evaluationFacts(), LONDON, Q2, QuarterDataSet.Q1);

    for (ReportPeriod period : List.of(Q2, QuarterDataSet.Q1)) {
      for (TeamInfo team : QuarterDataSet.TEAMS) {
        assertThat(fromTables.of(period, team.code()::equals)).as(team.code() + " " + period.shortName())
            .usingRecursiveComparison().isEqualTo(fromFacts.of(period, team.code()::equals));
      }
    }
    // by hand: the second quarter's eight completed evaluations, the final judgements only. Section 2 ("voice of the
    // child") was finally judged good or better in all but E6 (the moderator's override, requires improvement): its
    // first statement offered eight times, met seven; the first auditors of the moderated E2, E3, E5, E6 and E8 found
    // every statement met, which does not count, so the second statement was met nowhere
    JudgementTally.Counts quarter = fromTables.of(Q2, code -> true);
    String first = ToolWords.key(QuarterDataSet.key(2), QuarterDataSet.metIn(QuarterDataSet.key(2),
        org.practiceevaluations.catalogue.Judgement.GOOD).get(0));
    assertThat(quarter.offered(first)).isEqualTo(8);
    assertThat(quarter.met(first)).isEqualTo(7);
    String second = ToolWords.key(QuarterDataSet.key(2),
        org.practiceevaluations.support.ShippedCatalogue.catalogue().section(QuarterDataSet.key(2)).orElseThrow()
            .statements().get(1).key());
    assertThat(quarter.offered(second)).isEqualTo(8);
    assertThat(quarter.met(second)).isZero();
  }

  @Test
  void theQuartersFiguresFromTheTablesAreTheHandComputedOnes() {
    ReportFigures fromTables = reportData.figures(Q2, AS_OF);
    ReportFigures expected = Collation.collate(Q2, AS_OF, LONDON, reportData.teams(),
        QuarterDataSet.evaluationFacts(), QuarterDataSet.concernFacts(), QuarterDataSet.TOOL);

    assertThat(fromTables).usingRecursiveComparison().isEqualTo(expected);
    assertThat(fromTables.service().current().kappa()).isEqualTo(0.375);
    assertThat(fromTables.service().current().weakest()).containsExactly(QuarterDataSet.key(9), QuarterDataSet.key(7),
        QuarterDataSet.key(8));
    assertThat(fromTables.area("FDA").current().goodOrBetterShare()).isEqualTo(0.75);
  }
}
