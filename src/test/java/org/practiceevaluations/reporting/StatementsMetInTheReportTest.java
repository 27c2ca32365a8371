package org.practiceevaluations.reporting;

import org.practiceevaluations.filing.ReportDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.support.ShippedCatalogue;

/**
 * The quarterly report's "statements most and least often met" (docs/guide.md, "The evaluation tool"): the
 * hand-computed quarter with statements found met as set out here, collated, then the PDF read back with PDFBox.
 * The chronology statement is met in every completed evaluation that offered it, the second statement of the same
 * section in one, all others in none.
 */
class StatementsMetInTheReportTest {

  static final Catalogue.CatalogueSection SECTION = ShippedCatalogue.catalogue().section("childs-journey").orElseThrow();
  static final String ALWAYS = ToolWords.key(SECTION.key(), SECTION.statements().get(0).key());
  static final String HALF = ToolWords.key(SECTION.key(), SECTION.statements().get(1).key());

  @Test
  void theStatementsMostAndLeastOftenMetAreCountedOverTheEvaluationsThatOfferedThem() throws Exception {
    ReportFigures figures = Collation.collate(QuarterDataSet.Q2, QuarterDataSet.AS_OF, QuarterDataSet.LONDON,
        QuarterDataSet.TEAMS, withStatementsMet(QuarterDataSet.evaluationFacts()), QuarterDataSet.concernFacts(),
        QuarterDataSet.TOOL);
    Figures quarter = figures.service().current();

    StatementResult always = quarter.mostOftenMet().get(0);
    assertThat(always.key()).isEqualTo(ALWAYS);
    assertThat(always.text()).isEqualTo(SECTION.statements().get(0).text());
    assertThat(always.section()).isEqualTo(SECTION.title());
    assertThat(always.offered()).isPositive();
    assertThat(always.met()).isEqualTo(always.offered());
    assertThat(always.metShare()).isEqualTo(1.0);
    StatementResult half = quarter.mostOftenMet().get(1);
    assertThat(half.key()).isEqualTo(HALF);
    assertThat(half.met()).isEqualTo(1);
    assertThat(half.offered()).isGreaterThan(1);
    assertThat(quarter.mostOftenMet()).hasSize(Figures.STATEMENTS_NAMED);
    assertThat(quarter.leastOftenMet()).hasSize(Figures.STATEMENTS_NAMED)
        .allSatisfy(s -> assertThat(s.met()).isZero())
        .extracting(StatementResult::key).doesNotContain(ALWAYS, HALF);

    QuarterlyReportContent sample = SampleReport.content();
    QuarterlyReportContent report = new QuarterlyReportContent(sample.reference(), figures, sample.themes(),
        sample.actionPlans(), sample.analysis(), sample.producedAt(), false);
    byte[] pdf = new QuarterlyReportPdf(new ReportDocuments("Lowfield Council", null,
        new ReportFormats(ZoneId.of("Europe/London")))).render(report);
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text).contains("What good looks like: statements most and least often met")
        .contains(always.text() + " (" + SECTION.title() + "): 100%, " + always.met() + " of " + always.offered())
        .contains(half.text() + " (" + SECTION.title() + "): ")
        .contains(quarter.leastOftenMet().get(0).text() + " (" + quarter.leastOftenMet().get(0).section() + "): 0%, 0 of ")
        .doesNotContain("No statements were offered in the quarter's evaluations.");
  }

  @Test
  void aQuarterWithoutStatementsSaysSo() throws Exception {
    ReportFigures figures = Collation.collate(QuarterDataSet.Q2, QuarterDataSet.AS_OF, QuarterDataSet.LONDON,
        QuarterDataSet.TEAMS, QuarterDataSet.evaluationFacts().stream().map(e -> new EvaluationFacts(e.reference(),
            e.type(), e.teamCode(), e.dueAt(), e.submittedAt(), e.finalisedAt(), e.cancelled(), e.moderated(),
            e.firstGrade(), e.moderatedGrade(), e.finalGrade(), e.sections(), e.childFeedback(),
            e.parentCarerFeedback(), e.actions())).toList(), QuarterDataSet.concernFacts(), QuarterDataSet.TOOL);
    assertThat(figures.service().current().statements()).isEmpty();
    QuarterlyReportContent sample = SampleReport.content();
    String html = new QuarterlyReportPdf(new ReportDocuments("Lowfield Council", null,
        new ReportFormats(ZoneId.of("Europe/London")))).html(new QuarterlyReportContent(sample.reference(), figures,
        sample.themes(), sample.actionPlans(), sample.analysis(), sample.producedAt(), false));
    assertThat(html).contains("No statements were offered in the quarter's evaluations.")
        .doesNotContain("Most often met");
  }

  /** The data set's evaluations, the first statement met in each that offered it, the second in one. */
  static List<EvaluationFacts> withStatementsMet(List<EvaluationFacts> facts) {
    List<EvaluationFacts> result = new ArrayList<>();
    int offeredHalf = 0;
    for (EvaluationFacts e : facts) {
      Set<String> met = new HashSet<>();
      if (e.statementsOffered().contains(ALWAYS)) {
        met.add(ALWAYS);
      }
      if (e.statementsOffered().contains(HALF) && e.finalisedAt() != null && !e.cancelled() && offeredHalf++ == 0) {
        met.add(HALF);
      }
      result.add(new EvaluationFacts(e.reference(), e.type(), e.teamCode(), e.dueAt(), e.submittedAt(),
          e.finalisedAt(), e.cancelled(), e.moderated(), e.firstGrade(), e.moderatedGrade(), e.finalGrade(),
          e.sections(), e.childFeedback(), e.parentCarerFeedback(), e.actions(), e.statementsOffered(), met));
    }
    return result;
  }
}
