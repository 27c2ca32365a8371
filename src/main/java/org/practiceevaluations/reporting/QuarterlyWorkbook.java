package org.practiceevaluations.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;

/**
 * The quarterly report's data as an Excel workbook, exact values (not rounded) for people who analyse further:
 * "About", "Summary" (the service), "All figures" (every figure of every scope, long format, filterable),
 * "Grades" (by area and team), "Sections", "Evaluations" (one row per evaluation completed or due, without any
 * child's name or reference) and, for a report (not on demand), "Themes and plans".
 */
public class QuarterlyWorkbook {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final ReportFormats formats;

  public QuarterlyWorkbook(ReportFormats formats) {
    this.formats = formats;
  }

  public byte[] render(QuarterlyReportContent report) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      about(workbook, styles, report);
      summary(workbook, styles, report);
      allFigures(workbook, styles, report);
      grades(workbook, styles, report);
      sections(workbook, styles, report);
      evaluations(workbook, styles, report);
      if (!report.onDemand()) {
        themes(workbook, styles, report);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The quarterly workbook could not be written", e);
    }
  }

  private void about(XSSFWorkbook workbook, Styles styles, QuarterlyReportContent report) {
    XSSFSheet sheet = workbook.createSheet("About");
    ReportFigures f = report.figures();
    List<String[]> lines = List.of(
        new String[] {"Practice evaluations: quarterly report data"},
        new String[] {"Period", f.period().title()},
        new String[] {"Compared with", f.previousPeriod().label()},
        new String[] {"Figures as at", formats.date(f.asOf())},
        new String[] {"Report", report.onDemand() ? "Produced on demand (no themes or action plans)"
            : report.reference()},
        new String[] {""},
        new String[] {"How the figures are counted"},
        new String[] {"Evaluations completed", "Final grade settled in the period (moderated: when the moderation was "
            + "completed); cancelled evaluations never count."},
        new String[] {"Moderation agreement", "Of the moderated evaluations completed, those where the moderator's grade "
            + "was the first auditor's. Cohen's kappa: agreement beyond chance over the same pairs (empty: not defined)."},
        new String[] {"Overdue rate", "Of the evaluations due in the period, those submitted late or not yet submitted."},
        new String[] {"Sections", "The final judgement of each section (the moderator's where moderated); good or better "
            + "of those judged, not relevant left out."},
        new String[] {"Actions", "Those of the evaluations completed in the period; past deadline on the day the figures "
            + "were taken."},
        new String[] {"Shares", "Between 0 and 1, shown as percentages; an empty cell is not defined (nothing to count)."});
    int r = 0;
    for (String[] line : lines) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < line.length; c++) {
        Cell cell = row.createCell(c);
        cell.setCellValue(line[c]);
        cell.setCellStyle(c == 0 && line.length > 1 || r == 1 || line[0].startsWith("How") ? styles.bold : styles.text);
      }
    }
    sheet.setColumnWidth(0, 26 * 256);
    sheet.setColumnWidth(1, 110 * 256);
  }

  private void summary(XSSFWorkbook workbook, Styles styles, QuarterlyReportContent report) {
    XSSFSheet sheet = workbook.createSheet("Summary");
    header(sheet, styles, "Figure", "This quarter", "Last quarter", "Change", "Better or worse");
    int r = 1;
    for (Comparison c : report.figures().service().comparisons()) {
      Row row = sheet.createRow(r++);
      text(row, 0, c.label(), styles.text);
      number(row, 1, c.current(), styles.of(c.format()));
      number(row, 2, c.previous(), styles.of(c.format()));
      text(row, 3, c.trend().name().toLowerCase().replace('_', ' '), styles.text);
      text(row, 4, ReportFormats.verdict(c), styles.text);
    }
    widths(sheet, 52, 14, 14, 16, 16);
    sheet.createFreezePane(0, 1);
  }

  private void allFigures(XSSFWorkbook workbook, Styles styles, QuarterlyReportContent report) {
    XSSFSheet sheet = workbook.createSheet("All figures");
    header(sheet, styles, "Scope", "Name", "Service area", "Figure key", "Figure", "This quarter", "Last quarter",
        "Change", "Better or worse");
    List<ScopeFigures> scopes = new ArrayList<>();
    scopes.add(report.figures().service());
    scopes.addAll(report.figures().areas());
    scopes.addAll(report.figures().teams());
    int r = 1;
    for (ScopeFigures scope : scopes) {
      for (Comparison c : scope.comparisons()) {
        Row row = sheet.createRow(r++);
        text(row, 0, scopeKind(scope.scope()), styles.text);
        text(row, 1, scope.scope().name(), styles.text);
        text(row, 2, scope.scope().areaName() == null ? "" : scope.scope().areaName(), styles.text);
        text(row, 3, c.key(), styles.text);
        text(row, 4, c.label(), styles.text);
        number(row, 5, c.current(), styles.of(c.format()));
        number(row, 6, c.previous(), styles.of(c.format()));
        text(row, 7, c.trend().name().toLowerCase().replace('_', ' '), styles.text);
        text(row, 8, ReportFormats.verdict(c), styles.text);
      }
    }
    widths(sheet, 14, 34, 34, 24, 52, 14, 14, 16, 16);
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, 8));
  }

  private void grades(XSSFWorkbook workbook, Styles styles, QuarterlyReportContent report) {
    XSSFSheet sheet = workbook.createSheet("Grades");
    header(sheet, styles, "Scope", "Name", "Service area", "Completed", "Outstanding", "Good", "Requires improvement",
        "Inadequate", "Good or better", "Good or better last quarter", "Moderated", "Moderation agreement",
        "Cohen's kappa", "Overdue rate", "Family feedback", "Actions open", "Actions past deadline",
        "Cases of concern opened", "Cases of concern closed");
    List<ScopeFigures> scopes = new ArrayList<>();
    scopes.add(report.figures().service());
    scopes.addAll(report.figures().areas());
    scopes.addAll(report.figures().teams());
    int r = 1;
    for (ScopeFigures scope : scopes) {
      Figures f = scope.current();
      Row row = sheet.createRow(r++);
      text(row, 0, scopeKind(scope.scope()), styles.text);
      text(row, 1, scope.scope().name(), styles.text);
      text(row, 2, scope.scope().areaName() == null ? "" : scope.scope().areaName(), styles.text);
      int c = 3;
      number(row, c++, (double) f.evaluationsCompleted(), styles.count);
      for (Grade g : Grade.values()) {
        number(row, c++, (double) f.grade(g), styles.count);
      }
      number(row, c++, f.goodOrBetterShare(), styles.percent);
      number(row, c++, scope.previous().goodOrBetterShare(), styles.percent);
      number(row, c++, (double) f.moderated(), styles.count);
      number(row, c++, f.moderationAgreement(), styles.percent);
      number(row, c++, f.kappa(), styles.decimal);
      number(row, c++, f.overdueRate(), styles.percent);
      number(row, c++, f.familyFeedbackShare(), styles.percent);
      number(row, c++, (double) f.actionsOpen(), styles.count);
      number(row, c++, (double) f.actionsPastDue(), styles.count);
      number(row, c++, (double) f.concernsOpened(), styles.count);
      number(row, c, (double) f.concernsClosed(), styles.count);
    }
    widths(sheet, 14, 34, 34, 11, 12, 8, 12, 11, 12, 14, 11, 13, 11, 11, 11, 11, 12, 12, 12);
    sheet.createFreezePane(2, 1);
  }

  private void sections(XSSFWorkbook workbook, Styles styles, QuarterlyReportContent report) {
    XSSFSheet sheet = workbook.createSheet("Sections");
    header(sheet, styles, "Section", "Title", "Outstanding", "Good", "Requires improvement", "Inadequate",
        "Not relevant", "Judged", "Good or better", "Mean score (1 to 4)", "Good or better last quarter",
        "Strongest", "Weakest");
    Figures f = report.figures().service().current();
    Figures p = report.figures().service().previous();
    int r = 1;
    for (SectionResult s : f.sections()) {
      Row row = sheet.createRow(r++);
      number(row, 0, (double) s.number(), styles.count);
      text(row, 1, s.title(), styles.text);
      int c = 2;
      for (Judgement j : Judgement.values()) {
        number(row, c++, (double) s.count(j), styles.count);
      }
      number(row, c++, (double) s.judged(), styles.count);
      number(row, c++, s.goodOrBetterShare(), styles.percent);
      number(row, c++, s.meanScore(), styles.decimal);
      number(row, c++, p.section(s.key()).goodOrBetterShare(), styles.percent);
      text(row, c++, f.strongest().contains(s.key()) ? "yes" : "", styles.text);
      text(row, c, f.weakest().contains(s.key()) ? "yes" : "", styles.text);
    }
    widths(sheet, 9, 44, 12, 8, 12, 11, 12, 9, 12, 12, 14, 10, 10);
    sheet.createFreezePane(2, 1);
  }

  private void evaluations(XSSFWorkbook workbook, Styles styles, QuarterlyReportContent report) {
    XSSFSheet sheet = workbook.createSheet("Evaluations");
    header(sheet, styles, "Evaluation", "Type", "Team", "Service area", "Moderated", "First auditor's grade",
        "Moderator's grade", "Final grade", "Due", "Submitted", "Final grade settled", "Completed this quarter",
        "Late", "Family responses", "Actions raised", "Actions open");
    int r = 1;
    for (ReportFigures.EvaluationLine e : report.figures().evaluations()) {
      Row row = sheet.createRow(r++);
      text(row, 0, e.reference(), styles.text);
      text(row, 1, e.type(), styles.text);
      text(row, 2, e.teamName(), styles.text);
      text(row, 3, e.areaName(), styles.text);
      text(row, 4, e.moderated() ? "yes" : "no", styles.text);
      text(row, 5, e.firstGrade(), styles.text);
      text(row, 6, e.moderatedGrade(), styles.text);
      text(row, 7, e.finalGrade(), styles.text);
      date(row, 8, e.dueAt(), styles.date);
      date(row, 9, e.submittedAt(), styles.date);
      date(row, 10, e.finalisedAt(), styles.date);
      text(row, 11, e.completed() ? "yes" : "no", styles.text);
      text(row, 12, e.late() ? "yes" : "no", styles.text);
      number(row, 13, (double) e.familyResponses(), styles.count);
      number(row, 14, (double) e.actionsRaised(), styles.count);
      number(row, 15, (double) e.actionsOpen(), styles.count);
    }
    widths(sheet, 15, 32, 30, 34, 10, 20, 20, 20, 17, 17, 17, 12, 8, 10, 10, 10);
    sheet.createFreezePane(1, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, 15));
  }

  private void themes(XSSFWorkbook workbook, Styles styles, QuarterlyReportContent report) {
    XSSFSheet sheet = workbook.createSheet("Themes and plans");
    header(sheet, styles, "Kind", "Title or service area", "Text");
    int r = 1;
    for (QuarterlyReportContent.KeyTheme t : report.themes()) {
      Row row = sheet.createRow(r++);
      text(row, 0, "Key theme " + t.position(), styles.text);
      text(row, 1, t.title(), styles.text);
      text(row, 2, t.description(), styles.wrapped);
    }
    for (QuarterlyReportContent.AreaActionPlan p : report.actionPlans()) {
      Row row = sheet.createRow(r++);
      text(row, 0, "Action plan", styles.text);
      text(row, 1, p.areaName(), styles.text);
      text(row, 2, p.plan(), styles.wrapped);
    }
    if (report.analysis() != null && !report.analysis().isBlank()) {
      Row row = sheet.createRow(r);
      text(row, 0, "Analysis", styles.text);
      text(row, 1, "Strengths and areas for improvement", styles.text);
      text(row, 2, report.analysis(), styles.wrapped);
    }
    widths(sheet, 14, 40, 100);
  }

  // ---------------------------------------------------------------------------------------------------- cells

  private static String scopeKind(Scope scope) {
    return switch (scope.kind()) {
      case SERVICE -> "Service";
      case SERVICE_AREA -> "Service area";
      case TEAM -> "Team";
    };
  }

  private static void header(XSSFSheet sheet, Styles styles, String... titles) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < titles.length; c++) {
      text(row, c, titles[c], styles.header);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    // Always a string cell: text people typed that starts with "=" is never stored as a formula.
    cell.setCellValue(value == null ? "" : value);
    cell.setCellStyle(style);
  }

  /** An empty cell for a value that is not defined. */
  private static void number(Row row, int column, Double value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
  }

  private void date(Row row, int column, Instant value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(LocalDateTime.ofInstant(value, formats.zone()));
    }
    cell.setCellStyle(style);
  }

  private static void widths(XSSFSheet sheet, int... characters) {
    for (int c = 0; c < characters.length; c++) {
      sheet.setColumnWidth(c, characters[c] * 256);
    }
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle bold;
    final CellStyle count;
    final CellStyle percent;
    final CellStyle decimal;
    final CellStyle date;

    Styles(XSSFWorkbook workbook) {
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      Font white = workbook.createFont();
      white.setBold(true);
      white.setColor(IndexedColors.WHITE.getIndex());
      header = workbook.createCellStyle();
      header.setFont(white);
      header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setWrapText(true);
      header.setBorderBottom(BorderStyle.THIN);
      text = workbook.createCellStyle();
      wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      count = workbook.createCellStyle();
      count.setDataFormat(workbook.createDataFormat().getFormat("0"));
      percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
      decimal = workbook.createCellStyle();
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
      date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy hh:mm"));
    }

    CellStyle of(Measure.Format format) {
      return switch (format) {
        case COUNT -> count;
        case PERCENT -> percent;
        case DECIMAL -> decimal;
      };
    }
  }
}
