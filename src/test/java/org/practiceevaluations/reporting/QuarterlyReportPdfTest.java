package org.practiceevaluations.reporting;

import org.practiceevaluations.filing.ReportDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The full quarterly report of the hand-computed quarter, read back with PDFBox. */
class QuarterlyReportPdfTest {

  static byte[] pdf;
  static String text;

  @BeforeAll
  static void render() throws Exception {
    byte[] logo = QuarterlyReportPdfTest.class.getResourceAsStream("/static/council-logo.png").readAllBytes();
    ReportDocuments documents = new ReportDocuments("Lowfield Council", logo,
        new ReportFormats(ZoneId.of("Europe/London")));
    pdf = new QuarterlyReportPdf(documents).render(SampleReport.content());
    Files.createDirectories(Path.of("target", "reports"));
    Files.write(Path.of("target", "reports", "quarterly-report-sample.pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void itIsTheQuarterlyReportOfTheQuarterWithItsTitleInTheMetadata() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Practice evaluations quarterly report 2019 Q2");
      assertThat(document.getNumberOfPages()).isBetween(3, 8);
    }
    assertThat(text).contains("Practice evaluations: quarterly report").contains("2019 Q2 (April to June 2019)")
        .contains("compared with January to March 2019")
        .contains("Report QR-2019-Q2-1, produced 10 July 2019. Figures as at 10 July 2019.");
  }

  @Test
  void everyFigureIsThereAgainstLastQuarter() {
    assertThat(text).contains("8 evaluations completed; 63% good or better.")
        .contains("(kappa 0.38, fair agreement)")
        .contains("Evaluations completed 8 6 ▲ up")
        .contains("Good or better 63% 67% ▼ down worse")
        .contains("Agreement beyond chance (Cohen's kappa) 0.38 0.14 ▲ up better")
        .contains("Overdue rate 33% 43% ▼ down better")
        .contains("Open actions past their deadline 3 2 ▲ up worse")
        .contains("Cases of concern closed 1 0 ▲ up");
  }

  @Test
  void gradesByAreaAndTeamSectionsThemesAndPlansAreThere() {
    assertThat(text).contains("Front Door and Assessment 4 1 2 1 0 75% ▲ (was 50%)")
        .contains("Assessment Team North Front Door and Assessment 2 0 2 0 0 100% = same 50%")
        .contains("9. Recording 0 2 5 1 0 25% ▼ (was 50%)")
        .contains("8. Identity, diversity and culture 1 2 2 1 2 50% ▼ (was 60%)")
        .contains("2. Voice and lived experience of the child: 88% good or better (8 judged)")
        .contains("1. Recording that tells the child's story")
        .contains("3. Identity, diversity and culture")
        .contains("Recording workshop for all social workers by the end of August.")
        .contains("Direct work and the voice of the child are strengths")
        .contains("How the figures are counted");
  }

  @Test
  void theManagersBelowHalfAreNamedAndTheGoodPracticeDigestNamesTeamsAndEvaluationsNeverAChild() throws Exception {
    QuarterlyReportContent sample = SampleReport.content();
    QuarterlyReportContent shared = new QuarterlyReportContent(sample.reference(), sample.figures(),
        sample.themes(), sample.actionPlans(), sample.analysis(), sample.producedAt(), false,
        java.util.List.of(new QuarterlyReportContent.ManagerShareRow("Liam Moore", 4, 1, 0.25, true),
            new QuarterlyReportContent.ManagerShareRow("Priya Murphy", 2, 2, 1.0, false),
            new QuarterlyReportContent.ManagerShareRow("Sam New", 0, 0, null, false)),
        java.util.List.of(new QuarterlyReportContent.GoodPracticeExample("PE-2019-0012", "Assessment Team North",
            "A chronology kept up to date at every visit, shared with the family.")));
    byte[] rendered = new QuarterlyReportPdf(new ReportDocuments("Lowfield Council", null,
        new ReportFormats(ZoneId.of("Europe/London")))).render(shared);
    String read;
    try (PDDocument document = Loader.loadPDF(rendered)) {
      read = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    assertThat(read).contains("8. Managers' own share of their evaluations")
        .contains("Below half: Liam Moore.")
        .contains("Liam Moore 4 1 25% No, below half")
        .contains("Priya Murphy 2 2 100% Yes")
        .contains("Sam New 0 0 – none allocated")
        .contains("9. Good practice to share")
        .contains("Assessment Team North (PE-2019-0012)")
        .contains("A chronology kept up to date at every visit, shared with the family.");
    assertThat(text).as("the report without them says so").contains("No evaluation settled this quarter flagged "
        + "good practice to share.").contains("Every manager with evaluations allocated this year completed at least "
        + "half of them themselves.");
  }

  @Test
  void typedTextIsEscapedNotMarkup() {
    QuarterlyReportContent sample = SampleReport.content();
    QuarterlyReportContent hostile = new QuarterlyReportContent(sample.reference(), sample.figures(),
        sample.themes(), sample.actionPlans(), "<b>bold</b> & <script>x</script>", sample.producedAt(), false);
    String html = new QuarterlyReportPdf(new ReportDocuments("Lowfield Council", null,
        new ReportFormats(ZoneId.of("Europe/London")))).html(hostile);
    assertThat(html).contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>");
  }
}
