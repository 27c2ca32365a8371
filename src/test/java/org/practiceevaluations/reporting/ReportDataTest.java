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
 * The hand-computed data set written into the evaluation tables reads back as the same facts, and so gives the same
 * figures as {@link CollationTest} checks: the moderator's section judgements count, cancelled evaluations are
 * kept out, and each case of concern belongs to the team of the evaluation that opened it.
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

    assertThat(read).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(seeded);
    assertThat(reportData.concerns(both)).usingRecursiveFieldByFieldElementComparator()
        .containsExactlyInAnyOrderElementsOf(QuarterDataSet.concernFacts());
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
