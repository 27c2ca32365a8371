package org.practiceevaluations.reporting;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.practiceevaluations.catalogue.Grade;

/**
 * The quarterly report's PowerPoint summary (the guide: "an easy to access summary of key findings and
 * recommendations within a PowerPoint presentation", shown at performance and senior management meetings): a title
 * slide, the headline figures against last quarter, native (editable) charts of the grades by service area and of
 * this quarter against the last, the grades by team, the strongest and weakest sections, the three key themes and
 * an action plan slide per service area. 16:9, Arial, the council's logo on the title slide. Holds no child's data.
 */
public class QuarterlyPresentation {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation";

  static final double WIDTH = 960;
  static final double HEIGHT = 540;
  static final Color NAVY = new Color(0x1f, 0x4e, 0x79);
  static final Color PALE = new Color(0xee, 0xf3, 0xf8);
  static final Color INK = new Color(0x1a, 0x1a, 0x1a);
  static final Color GREY = new Color(0x50, 0x5a, 0x5f);
  static final Color BETTER = new Color(0x00, 0x70, 0x3c);
  static final Color WORSE = new Color(0xd4, 0x35, 0x1c);
  static final Color LAST = new Color(0x9b, 0xb4, 0xcc);
  static final Color[] GRADE_COLOURS = {
      new Color(0x1b, 0x5e, 0x20), new Color(0x66, 0xbb, 0x6a), new Color(0xf9, 0xa8, 0x25),
      new Color(0xc6, 0x28, 0x28)};
  private static final String FONT = "Arial";

  private final String councilName;
  private final byte[] logo;
  private final ReportFormats formats;

  /**
   * @param logo the council's logo, PNG or JPEG; null for none
   */
  public QuarterlyPresentation(String councilName, byte[] logo, ReportFormats formats) {
    this.councilName = councilName;
    this.logo = logo;
    this.formats = formats;
  }

  public byte[] render(QuarterlyReportContent report) {
    try (XMLSlideShow ppt = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ppt.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
      titleSlide(ppt, report);
      headlineSlide(ppt, report);
      gradesByAreaSlide(ppt, report);
      comparedSlide(ppt, report);
      teamsSlide(ppt, report);
      sectionsSlide(ppt, report);
      if (!report.onDemand()) {
        themesSlide(ppt, report);
        for (QuarterlyReportContent.AreaActionPlan plan : report.actionPlans()) {
          actionPlanSlide(ppt, report, plan);
        }
      }
      ppt.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The quarterly PowerPoint could not be written", e);
    }
  }

  // ------------------------------------------------------------------------------------------------------- slides

  private void titleSlide(XMLSlideShow ppt, QuarterlyReportContent report) {
    XSLFSlide slide = ppt.createSlide();
    rect(slide, 0, 0, WIDTH, HEIGHT, NAVY);
    rect(slide, 0, 372, WIDTH, 6, new Color(0x9b, 0xb4, 0xcc));
    if (logo != null) {
      XSLFPictureData picture = ppt.addPicture(logo, logo[0] == (byte) 0x89 ? PictureData.PictureType.PNG
          : PictureData.PictureType.JPEG);
      XSLFPictureShape shape = slide.createPicture(picture);
      shape.setAnchor(new Rectangle2D.Double(60, 56, 72, 72));
    }
    text(slide, 150, 60, 760, 30, councilName + " · Children's Services", 18, Color.WHITE, false);
    text(slide, 150, 88, 760, 24, "Quality assurance: learning from practice evaluations", 14,
        new Color(0xd6, 0xe2, 0xee), false);
    named(text(slide, 60, 170, 840, 60, "Practice evaluations: quarterly report", 40, Color.WHITE, true), "Title");
    text(slide, 60, 236, 840, 40, report.figures().period().title(), 26, Color.WHITE, false);
    String produced = report.onDemand() ? "Figures produced on demand on " + formats.date(report.producedAt())
        : "Report " + report.reference() + " · produced " + formats.date(report.producedAt());
    text(slide, 60, 300, 840, 24, produced + " · figures as at " + formats.date(report.figures().asOf()), 14,
        new Color(0xd6, 0xe2, 0xee), false);
    text(slide, 60, 400, 840, 60, "For managers to share with their teams: discuss the key themes at team meetings, "
        + "QA meetings and supervision.", 16, Color.WHITE, false);
    footer(slide, Color.WHITE);
  }

  private void headlineSlide(XMLSlideShow ppt, QuarterlyReportContent report) {
    XSLFSlide slide = titled(ppt, "Headline figures", report.figures().period().title() + " against "
        + report.figures().previousPeriod().label());
    ScopeFigures service = report.figures().service();
    Figures f = service.current();
    List<Tile> tiles = List.of(
        new Tile("Evaluations completed", Integer.toString(f.evaluationsCompleted()),
            service.comparison(Measure.EVALUATIONS_COMPLETED)),
        new Tile("Good or better", ReportFormats.percent(f.goodOrBetterShare()),
            service.comparison(Measure.GOOD_OR_BETTER)),
        new Tile("Moderator agreed with the first grade", ReportFormats.percent(f.moderationAgreement()),
            service.comparison(Measure.MODERATION_AGREEMENT)),
        new Tile("Cohen's kappa (" + ReportFormats.kappaMeaning(f.kappa()).replace(": ", " – ") + ")",
            ReportFormats.decimal(f.kappa()), service.comparison(Measure.KAPPA)),
        new Tile("Overdue rate", ReportFormats.percent(f.overdueRate()), service.comparison(Measure.OVERDUE_RATE)),
        new Tile("Family feedback received", ReportFormats.percent(f.familyFeedbackShare()),
            service.comparison(Measure.FAMILY_FEEDBACK_SHARE)),
        new Tile("Actions closed / still open", f.actionsClosed() + " / " + f.actionsOpen(),
            service.comparison(Measure.ACTIONS_PAST_DUE), f.actionsPastDue() + " open past their deadline:"),
        new Tile("Cases of concern opened / closed", f.concernsOpened() + " / " + f.concernsClosed(),
            service.comparison(Measure.CONCERNS_OPENED), "Opened:"));
    double w = 207;
    double h = 170;
    for (int i = 0; i < tiles.size(); i++) {
      double x = 40 + (i % 4) * (w + 12);
      double y = 112 + (i / 4) * (h + 14);
      tile(slide, x, y, w, h, tiles.get(i));
    }
    footer(slide, GREY);
  }

  private void gradesByAreaSlide(XMLSlideShow ppt, QuarterlyReportContent report) {
    XSLFSlide slide = titled(ppt, "Final grades by service area", "How many evaluations completed this quarter "
        + "were graded outstanding, good, requires improvement or inadequate");
    List<ScopeFigures> scopes = new ArrayList<>(report.figures().areas());
    scopes.add(report.figures().service());
    String[] categories = scopes.stream().map(s -> s.scope().kind() == Scope.Kind.SERVICE ? "All areas"
        : s.scope().name()).toArray(String[]::new);
    List<String> seriesNames = new ArrayList<>();
    List<Double[]> values = new ArrayList<>();
    for (Grade grade : Grade.values()) {
      seriesNames.add(grade.label());
      values.add(scopes.stream().map(s -> (double) s.current().grade(grade)).toArray(Double[]::new));
    }
    XSLFChart chart = barChart(ppt, slide, new Rectangle2D.Double(40, 104, 600, 390), "Evaluations by final grade",
        categories, seriesNames, values, List.of(GRADE_COLOURS), true);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

    XSLFTextBox box = textBox(slide, 660, 110, 260, 380);
    for (ScopeFigures area : report.figures().areas()) {
      paragraph(box, area.scope().name(), 14, NAVY, true).setSpaceBefore(12.0);
      Figures f = area.current();
      paragraph(box, f.evaluationsCompleted() == 0 ? "No evaluations completed"
          : ReportFormats.partOf(f.grade(Grade.OUTSTANDING) + f.grade(Grade.GOOD), f.evaluationsCompleted())
              + " good or better", 13, INK, false);
      Comparison c = area.comparison(Measure.GOOD_OR_BETTER);
      paragraph(box, ReportFormats.change(c, "last quarter"), 12, colour(c), false);
    }
    footer(slide, GREY);
  }

  private void comparedSlide(XMLSlideShow ppt, QuarterlyReportContent report) {
    ReportFigures figures = report.figures();
    XSLFSlide slide = titled(ppt, "This quarter against last quarter",
        figures.period().label() + " against " + figures.previousPeriod().label());
    Figures now = figures.service().current();
    Figures before = figures.service().previous();
    String[] grades = java.util.Arrays.stream(Grade.values()).map(Grade::label).toArray(String[]::new);
    barChart(ppt, slide, new Rectangle2D.Double(30, 104, 440, 370), "Share of evaluations by final grade (%)", grades,
        List.of("Last quarter", "This quarter"),
        List.of(gradeShares(before), gradeShares(now)), List.of(LAST, NAVY), false);

    List<ScopeFigures> scopes = new ArrayList<>(figures.areas());
    scopes.add(figures.service());
    String[] areas = scopes.stream().map(s -> s.scope().kind() == Scope.Kind.SERVICE ? "All areas"
        : s.scope().name()).toArray(String[]::new);
    barChart(ppt, slide, new Rectangle2D.Double(490, 104, 440, 370), "Good or better by service area (%)", areas,
        List.of("Last quarter", "This quarter"),
        List.of(scopes.stream().map(s -> percentOrZero(s.previous().goodOrBetterShare())).toArray(Double[]::new),
            scopes.stream().map(s -> percentOrZero(s.current().goodOrBetterShare())).toArray(Double[]::new)),
        List.of(LAST, NAVY), false);
    List<String> without = scopes.stream().filter(s -> s.current().evaluationsCompleted() == 0
        || s.previous().evaluationsCompleted() == 0).map(s -> s.scope().name() + " completed no evaluations "
        + (s.current().evaluationsCompleted() == 0 ? "this" : "last") + " quarter").toList();
    if (!without.isEmpty()) {
      text(slide, 490, 478, 440, 24, "No bar: " + String.join("; ", without) + ".", 10, GREY, false);
    }
    footer(slide, GREY);
  }

  private void teamsSlide(XMLSlideShow ppt, QuarterlyReportContent report) {
    XSLFSlide slide = titled(ppt, "Grades by team", "Evaluations completed this quarter, by the team that holds "
        + "the case");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Team", "Service area", "Completed", "Outstanding", "Good", "Requires improvement",
        "Inadequate", "Good or better", "Against last quarter"});
    for (ScopeFigures team : report.figures().teams()) {
      Figures f = team.current();
      Comparison c = team.comparison(Measure.GOOD_OR_BETTER);
      rows.add(new String[] {team.scope().name(), team.scope().areaName(), Integer.toString(f.evaluationsCompleted()),
          Integer.toString(f.grade(Grade.OUTSTANDING)), Integer.toString(f.grade(Grade.GOOD)),
          Integer.toString(f.grade(Grade.REQUIRES_IMPROVEMENT)), Integer.toString(f.grade(Grade.INADEQUATE)),
          ReportFormats.percent(f.goodOrBetterShare()), ReportFormats.was(c)});
    }
    table(slide, 40, 108, new double[] {150, 150, 78, 84, 56, 96, 80, 78, 108}, rows, 11);
    footer(slide, GREY);
  }

  private void sectionsSlide(XMLSlideShow ppt, QuarterlyReportContent report) {
    XSLFSlide slide = titled(ppt, "Strengths and areas for improvement",
        "The sections of the evaluation judged good or better most and least often this quarter");
    Figures f = report.figures().service().current();
    sectionColumn(slide, 40, "Strongest", f.strongestSections(), report, BETTER);
    sectionColumn(slide, 490, "Most in need of improvement", f.weakestSections(), report, WORSE);
    if (report.analysis() != null && !report.analysis().isBlank()) {
      rect(slide, 40, 388, 880, 110, PALE);
      XSLFTextBox box = textBox(slide, 52, 394, 856, 100);
      paragraph(box, "The audit manager's analysis", 14, NAVY, true);
      paragraph(box, shorten(report.analysis(), 500), 14, INK, false);
    }
    footer(slide, GREY);
  }

  private void sectionColumn(XSLFSlide slide, double x, String heading, List<SectionResult> sections,
      QuarterlyReportContent report, Color colour) {
    rect(slide, x, 108, 430, 34, colour);
    text(slide, x + 12, 112, 410, 26, heading, 16, Color.WHITE, true);
    XSLFTextBox box = textBox(slide, x, 150, 430, 240);
    if (sections.isEmpty()) {
      paragraph(box, "No sections were judged this quarter.", 13, GREY, false);
    }
    for (SectionResult s : sections) {
      paragraph(box, s.number() + ". " + s.title(), 17, INK, true).setSpaceBefore(14.0);
      Comparison c = report.figures().service().comparison("section-" + s.key());
      paragraph(box, ReportFormats.percent(s.goodOrBetterShare()) + " good or better (" + s.judged() + " judged) · "
          + ReportFormats.change(c, "last quarter"), 14, colour(c), false);
    }
  }

  private void themesSlide(XMLSlideShow ppt, QuarterlyReportContent report) {
    XSLFSlide slide = titled(ppt, "Three key themes for teams to work on",
        "Chosen by the audit manager: discuss them at managers' meetings, team meetings, QA meetings and supervision");
    double w = 283;
    int i = 0;
    for (QuarterlyReportContent.KeyTheme theme : report.themes()) {
      double x = 40 + i * (w + 15);
      rect(slide, x, 110, w, 390, PALE);
      rect(slide, x, 110, w, 6, NAVY);
      text(slide, x + 14, 126, 50, 50, Integer.toString(theme.position()), 34, NAVY, true);
      XSLFTextBox box = textBox(slide, x + 14, 180, w - 28, 310);
      paragraph(box, theme.title(), 18, INK, true);
      paragraph(box, shorten(theme.description(), 500), 14, INK, false).setSpaceBefore(8.0);
      i++;
    }
    footer(slide, GREY);
  }

  private void actionPlanSlide(XMLSlideShow ppt, QuarterlyReportContent report,
      QuarterlyReportContent.AreaActionPlan plan) {
    XSLFSlide slide = titled(ppt, "Action plan: " + plan.areaName(), "To support practice improvement in the "
        + "service area next quarter");
    XSLFTextBox box = textBox(slide, 40, 110, 600, 390);
    for (String line : plan.plan().split("\\R")) {
      if (!line.isBlank()) {
        XSLFTextParagraph p = paragraph(box, line.replaceFirst("^\\s*[-*•]\\s*", ""), 18, INK, false);
        p.setSpaceBefore(8.0);
        p.setBulletCharacter("•");
        p.setBullet(true);
        p.setIndent(-14.0);
        p.setLeftMargin(18.0);
      }
    }
    ScopeFigures area = report.figures().areas().stream().filter(a -> a.scope().code().equals(plan.areaCode()))
        .findFirst().orElse(null);
    if (area != null) {
      rect(slide, 670, 110, 250, 390, PALE);
      XSLFTextBox facts = textBox(slide, 684, 120, 226, 370);
      paragraph(facts, "This quarter", 14, NAVY, true);
      Figures f = area.current();
      keyFigure(facts, "Evaluations completed", Integer.toString(f.evaluationsCompleted()));
      keyFigure(facts, "Good or better", ReportFormats.percent(f.goodOrBetterShare()));
      keyFigure(facts, "Overdue rate", ReportFormats.percent(f.overdueRate()));
      keyFigure(facts, "Actions open past deadline", Integer.toString(f.actionsPastDue()));
      keyFigure(facts, "Weakest section", f.weakestSections().isEmpty() ? "none judged"
          : f.weakestSections().get(0).title());
    }
    footer(slide, GREY);
  }

  // ------------------------------------------------------------------------------------------------- pieces

  /** A headline figure; {@code changeOf} says what the change line is about when it is not the value itself. */
  private record Tile(String label, String value, Comparison comparison, String changeOf) {
    Tile(String label, String value, Comparison comparison) {
      this(label, value, comparison, null);
    }
  }

  private void tile(XSLFSlide slide, double x, double y, double w, double h, Tile tile) {
    rect(slide, x, y, w, h, PALE);
    rect(slide, x, y, 5, h, colourOrNavy(tile.comparison()));
    XSLFTextBox box = textBox(slide, x + 14, y + 8, w - 22, h - 12);
    paragraph(box, tile.label(), 12, GREY, false);
    paragraph(box, tile.value(), 34, INK, true);
    if (tile.changeOf() != null) {
      paragraph(box, tile.changeOf(), 12, GREY, false);
    }
    paragraph(box, ReportFormats.change(tile.comparison(), "last quarter"), 12, colour(tile.comparison()), false);
  }

  private void keyFigure(XSLFTextBox box, String label, String value) {
    paragraph(box, label, 11, GREY, false).setSpaceBefore(6.0);
    paragraph(box, value, 16, INK, true);
  }

  private XSLFSlide titled(XMLSlideShow ppt, String title, String subtitle) {
    XSLFSlide slide = ppt.createSlide();
    rect(slide, 0, 0, WIDTH, 86, NAVY);
    named(text(slide, 40, 14, 880, 40, title, 28, Color.WHITE, true), "Title");
    text(slide, 40, 54, 880, 24, subtitle, 13, new Color(0xd6, 0xe2, 0xee), false);
    return slide;
  }

  private void footer(XSLFSlide slide, Color colour) {
    text(slide, 40, 510, 600, 20, councilName + " · practice evaluations quarterly report", 9, colour, false);
    XSLFTextBox mark = text(slide, 640, 510, 280, 20, "OFFICIAL", 9, colour, true);
    mark.getTextParagraphs().get(0).setTextAlign(TextAlign.RIGHT);
  }

  /** Names the shape (what screen readers and the selection pane show): "Title" for each slide's title. */
  private static void named(XSLFTextBox box, String name) {
    ((org.openxmlformats.schemas.presentationml.x2006.main.CTShape) box.getXmlObject()).getNvSpPr().getCNvPr()
        .setName(name);
  }

  private static void rect(XSLFSlide slide, double x, double y, double w, double h, Color fill) {
    XSLFAutoShape shape = slide.createAutoShape();
    shape.setShapeType(ShapeType.RECT);
    shape.setAnchor(new Rectangle2D.Double(x, y, w, h));
    shape.setFillColor(fill);
    shape.setLineColor(null);
  }

  private static XSLFTextBox textBox(XSLFSlide slide, double x, double y, double w, double h) {
    XSLFTextBox box = slide.createTextBox();
    box.setAnchor(new Rectangle2D.Double(x, y, w, h));
    box.clearText();
    box.setWordWrap(true);
    box.setVerticalAlignment(VerticalAlignment.TOP);
    return box;
  }

  private static XSLFTextBox text(XSLFSlide slide, double x, double y, double w, double h, String text, double size,
      Color colour, boolean bold) {
    XSLFTextBox box = textBox(slide, x, y, w, h);
    paragraph(box, text, size, colour, bold);
    return box;
  }

  private static XSLFTextParagraph paragraph(XSLFTextBox box, String text, double size, Color colour, boolean bold) {
    XSLFTextParagraph p = box.addNewTextParagraph();
    XSLFTextRun run = p.addNewTextRun();
    run.setText(text);
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setFontColor(colour);
    run.setBold(bold);
    return p;
  }

  private static void table(XSLFSlide slide, double x, double y, double[] widths, List<String[]> rows, double size) {
    XSLFTable table = slide.createTable();
    table.setAnchor(new Rectangle2D.Double(x, y, sum(widths), 24.0 * rows.size()));
    for (int r = 0; r < rows.size(); r++) {
      XSLFTableRow row = table.addRow();
      row.setHeight(22);
      for (int c = 0; c < widths.length; c++) {
        XSLFTableCell cell = row.addCell();
        cell.clearText();
        XSLFTextParagraph p = cell.addNewTextParagraph();
        XSLFTextRun run = p.addNewTextRun();
        run.setText(rows.get(r)[c]);
        run.setFontFamily(FONT);
        run.setFontSize(r == 0 ? size - 1 : size);
        run.setBold(r == 0);
        run.setFontColor(r == 0 ? Color.WHITE : INK);
        p.setTextAlign(c >= 2 ? TextAlign.RIGHT : TextAlign.LEFT);
        cell.setFillColor(r == 0 ? NAVY : (r % 2 == 0 ? PALE : Color.WHITE));
        cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
        for (BorderEdge edge : BorderEdge.values()) {
          cell.setBorderColor(edge, new Color(0xb7, 0xc4, 0xd1));
          cell.setBorderWidth(edge, 0.5);
        }
      }
    }
    for (int c = 0; c < widths.length; c++) {
      table.setColumnWidth(c, widths[c]);
    }
  }

  /**
   * A native PowerPoint bar chart (its data in the embedded workbook, so people can edit it in PowerPoint).
   *
   * @param stacked stacked columns (grades by area) or side by side (this quarter against last)
   */
  private static XSLFChart barChart(XMLSlideShow ppt, XSLFSlide slide, Rectangle2D anchor, String title,
      String[] categories, List<String> seriesNames, List<Double[]> values, List<Color> colours, boolean stacked) {
    XSLFChart chart = ppt.createChart();
    slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(anchor.getX()), Units.toEMU(anchor.getY()),
        Units.toEMU(anchor.getWidth()), Units.toEMU(anchor.getHeight())));
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.setAutoTitleDeleted(false);
    XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
    valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
    valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
    valueAxis.setMinimum(0);
    XDDFCategoryDataSource categoryData = XDDFDataSourcesFactory.fromArray(categories,
        chart.formatRange(new CellRangeAddress(1, categories.length, 0, 0)), 0);
    XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
    bars.setBarDirection(BarDirection.COL);
    bars.setVaryColors(false);
    if (stacked) {
      bars.setBarGrouping(BarGrouping.STACKED);
    } else {
      bars.setBarGrouping(BarGrouping.CLUSTERED);
      bars.setGapWidth(80);
    }
    for (int s = 0; s < seriesNames.size(); s++) {
      XDDFNumericalDataSource<Double> data = XDDFDataSourcesFactory.fromArray(values.get(s),
          chart.formatRange(new CellRangeAddress(1, categories.length, s + 1, s + 1)), s + 1);
      XDDFChartData.Series series = bars.addSeries(categoryData, data);
      series.setTitle(seriesNames.get(s), chart.setSheetTitle(seriesNames.get(s), s + 1));
      XDDFShapeProperties properties = new XDDFShapeProperties();
      Color c = colours.get(s);
      properties.setFillProperties(new XDDFSolidFillProperties(
          XDDFColor.from(new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()})));
      series.setShapeProperties(properties);
    }
    if (!stacked) {
      valueAxis.setMaximum(100);
    }
    chart.plot(bars);
    if (stacked) {
      overlapFully(chart);
    }
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    return chart;
  }

  /**
   * Stacked columns need {@code <c:overlap val="100"/>}, or Office draws each series beside the last. POI's
   * {@code setOverlap} needs a schema type that only the 16 MB {@code poi-ooxml-full} has, so the element is added
   * to the chart's XML directly, where the schema puts it: before the axis ids.
   */
  private static void overlapFully(XSLFChart chart) {
    var barChart = chart.getCTChart().getPlotArea().getBarChartArray(0);
    try (org.apache.xmlbeans.XmlCursor cursor = barChart.getAxIdArray(0).newCursor()) {
      cursor.beginElement(new javax.xml.namespace.QName(
          "http://schemas.openxmlformats.org/drawingml/2006/chart", "overlap", "c"));
      cursor.insertAttributeWithValue("val", "100");
    }
  }

  private static Double[] gradeShares(Figures f) {
    return java.util.Arrays.stream(Grade.values())
        .map(g -> f.evaluationsCompleted() == 0 ? 0.0 : round1(100.0 * f.grade(g) / f.evaluationsCompleted()))
        .toArray(Double[]::new);
  }

  private static Double percentOrZero(Double share) {
    return share == null ? 0.0 : round1(share * 100);
  }

  private static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static Color colour(Comparison c) {
    return switch (c.verdict()) {
      case BETTER -> BETTER;
      case WORSE -> WORSE;
      case NEITHER -> GREY;
    };
  }

  private static Color colourOrNavy(Comparison c) {
    return c.verdict() == Comparison.Verdict.NEITHER ? NAVY : colour(c);
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

  static String shorten(String text, int max) {
    String t = text.strip();
    return t.length() <= max ? t : t.substring(0, max - 1).stripTrailing() + "…";
  }
}
