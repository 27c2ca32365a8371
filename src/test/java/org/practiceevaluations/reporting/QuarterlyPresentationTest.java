package org.practiceevaluations.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PowerPoint summary of the hand-computed quarter, read back with Apache POI. */
class QuarterlyPresentationTest {

  static byte[] pptx;

  @BeforeAll
  static void render() throws Exception {
    byte[] logo = QuarterlyPresentationTest.class.getResourceAsStream("/static/council-logo.png").readAllBytes();
    pptx = new QuarterlyPresentation("Lowfield Council", logo, new ReportFormats(ZoneId.of("Europe/London")))
        .render(SampleReport.content());
    Path out = Path.of("target", "reports");
    Files.createDirectories(out);
    Files.write(out.resolve("quarterly-report-sample.pptx"), pptx);
  }

  @Test
  void theSlidesAreInTheOrderTheGuideAsksFor() throws Exception {
    try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      assertThat(ppt.getSlides()).hasSize(10);
      assertThat(ppt.getSlides().stream().map(QuarterlyPresentationTest::title).toList()).containsExactly(
          "Practice evaluations: quarterly report", "Headline figures", "Final grades by service area",
          "This quarter against last quarter", "Grades by team", "Strengths and areas for improvement",
          "Three key themes for teams to work on", "Action plan: Children in Care and Care Leavers",
          "Action plan: Front Door and Assessment", "Action plan: Safeguarding and Family Support");
      assertThat(text(ppt.getSlides().get(0))).contains("2019 Q2 (April to June 2019)").contains("Lowfield Council")
          .contains("QR-2019-Q2-1").contains("figures as at 10 July 2019");
      assertThat(ppt.getPictureData()).hasSize(1);
    }
  }

  @Test
  void theHeadlineSlideShowsEachFigureAndItsChange() throws Exception {
    try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      String headline = text(ppt.getSlides().get(1));
      assertThat(headline).contains("Evaluations completed\n8\n▲ up from 6 last quarter")
          .contains("Good or better\n63%\n▼ down from 67% last quarter")
          .contains("Moderator agreed with the first grade\n60%\n▲ up from 33% last quarter")
          .contains("Cohen's kappa (fair agreement)\n0.38\n▲ up from 0.14 last quarter")
          .contains("Overdue rate\n33%\n▼ down from 43% last quarter")
          .contains("Family feedback received\n63%\n▼ down from 67% last quarter")
          .contains("Actions closed / still open\n4 / 6\n3 open past their deadline:\n▲ up from 2 last quarter")
          .contains("Cases of concern opened / closed\n1 / 1\nOpened:\n= the same as last quarter");
    }
  }

  @Test
  void theChartsCarryTheGradesByAreaAndThisQuarterAgainstTheLast() throws Exception {
    try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      List<XSLFChart> charts = ppt.getCharts();
      assertThat(charts).hasSize(3);
      XSLFChart byArea = charts.get(0);
      assertThat(byArea.getTitle().getBody().getParagraph(0).getText()).isEqualTo("Evaluations by final grade");
      XDDFChartData data = byArea.getChartSeries().get(0);
      assertThat(data.getSeriesCount()).isEqualTo(4);
      // categories: CIC, FDA, SFS, all areas; series: outstanding, good, requires improvement, inadequate
      assertThat(points(data.getSeries(0))).containsExactly(0.0, 1.0, 0.0, 1.0);
      assertThat(points(data.getSeries(1))).containsExactly(0.0, 2.0, 2.0, 4.0);
      assertThat(points(data.getSeries(2))).containsExactly(0.0, 1.0, 1.0, 2.0);
      assertThat(points(data.getSeries(3))).containsExactly(0.0, 0.0, 1.0, 1.0);
      assertThat(data.getSeries(0).getCategoryData().getPointAt(1)).isEqualTo("Front Door and Assessment");

      XDDFChartData grades = charts.get(1).getChartSeries().get(0);
      assertThat(((org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.Series) grades.getSeries(0)).getCTBarSer()
          .getTx().getStrRef().getStrCache().getPtArray(0).getV()).isEqualTo("Last quarter");
      assertThat(points(grades.getSeries(0))).containsExactly(0.0, 66.7, 16.7, 16.7);
      assertThat(points(grades.getSeries(1))).containsExactly(12.5, 50.0, 25.0, 12.5);
      XDDFChartData goodByArea = charts.get(2).getChartSeries().get(0);
      assertThat(points(goodByArea.getSeries(0))).containsExactly(100.0, 50.0, 50.0, 66.7);
      assertThat(points(goodByArea.getSeries(1))).containsExactly(0.0, 75.0, 50.0, 62.5);
    }
  }

  @Test
  void theThemesActionPlansAndSectionsAreThere() throws Exception {
    try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      String sections = text(ppt.getSlides().get(5));
      assertThat(sections).contains("2. Voice and lived experience of the child").contains("9. Recording")
          .contains("25% good or better (8 judged) · ▼ down from 50% last quarter")
          .contains("recording is the weakest area");
      String themes = text(ppt.getSlides().get(6));
      assertThat(themes).contains("Recording that tells the child's story")
          .contains("Management oversight that drives the plan").contains("Identity, diversity and culture");
      String fda = text(ppt.getSlides().get(8));
      assertThat(fda).contains("Recording workshop for all social workers by the end of August.")
          .doesNotContain("- Recording").contains("Good or better\n75%");
      XSLFTable teams = ppt.getSlides().get(4).getShapes().stream().filter(s -> s instanceof XSLFTable)
          .map(s -> (XSLFTable) s).findFirst().orElseThrow();
      assertThat(teams.getNumberOfRows()).isEqualTo(7);
      assertThat(teams.getCell(3, 0).getText()).isEqualTo("Assessment Team North");
      assertThat(teams.getCell(3, 7).getText()).isEqualTo("100%");
    }
  }

  @Test
  void onDemandFiguresHaveNoThemesOrPlans() throws Exception {
    QuarterlyReportContent onDemand = new QuarterlyReportContent(null, SampleReport.figures(), null, null, null,
        SampleReport.PRODUCED, true);
    byte[] bytes = new QuarterlyPresentation("Lowfield Council", null, new ReportFormats(ZoneId.of("Europe/London")))
        .render(onDemand);
    try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
      assertThat(ppt.getSlides()).hasSize(6);
      assertThat(text(ppt.getSlides().get(0))).contains("Figures produced on demand");
    }
  }

  static String title(XSLFSlide slide) {
    return slide.getShapes().stream().filter(s -> "Title".equals(s.getShapeName()))
        .map(s -> ((XSLFTextShape) s).getText()).findFirst().orElse("");
  }

  static String text(XSLFSlide slide) {
    StringBuilder all = new StringBuilder();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape t) {
        all.append(t.getText()).append('\n');
      }
    }
    return all.toString();
  }

  private static List<Double> points(XDDFChartData.Series series) {
    List<Double> values = new java.util.ArrayList<>();
    for (int i = 0; i < series.getValuesData().getPointCount(); i++) {
      values.add(((Number) series.getValuesData().getPointAt(i)).doubleValue());
    }
    return values;
  }
}
