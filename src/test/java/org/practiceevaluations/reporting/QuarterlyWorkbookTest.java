package org.practiceevaluations.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.support.ShippedCatalogue;

/** The quarterly workbook of the hand-computed quarter, read back with Apache POI: exact values, no children. */
class QuarterlyWorkbookTest {

  /** One "good or better" figure per judged section of the shipped evaluation tool, after the measures. */
  static final int JUDGED_SECTIONS = (int) ShippedCatalogue.catalogue().sections().stream()
      .filter(Catalogue.CatalogueSection::judged).count();

  static byte[] xlsx;

  @BeforeAll
  static void render() throws Exception {
    xlsx = new QuarterlyWorkbook(new ReportFormats(ZoneId.of("Europe/London"))).render(SampleReport.content());
    Files.createDirectories(Path.of("target", "reports"));
    Files.write(Path.of("target", "reports", "quarterly-report-sample.xlsx"), xlsx);
  }

  @Test
  void theSheetsAreThere() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> names = new ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names).containsExactly("About", "Summary", "All figures", "Grades", "Sections", "Evaluations",
          "Themes and plans");
      assertThat(workbook.getSheet("About").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("2019 Q2 (April to June 2019)");
    }
  }

  @Test
  void theSummaryHoldsExactValuesAndTheirChange() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet summary = workbook.getSheet("Summary");
      Row kappa = rowLabelled(summary, 0, "Agreement beyond chance (Cohen's kappa)");
      assertThat(kappa.getCell(1).getNumericCellValue()).isEqualTo(0.375);
      assertThat(kappa.getCell(2).getNumericCellValue()).isCloseTo(1.0 / 7, within(1e-12));
      assertThat(kappa.getCell(3).getStringCellValue()).isEqualTo("up");
      assertThat(kappa.getCell(4).getStringCellValue()).isEqualTo("better");
      Row good = rowLabelled(summary, 0, "Good or better");
      assertThat(good.getCell(1).getNumericCellValue()).isEqualTo(0.625);
      assertThat(good.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(rowLabelled(summary, 0, "Evaluations completed").getCell(1).getNumericCellValue()).isEqualTo(8);
      assertThat(summary.getLastRowNum()).isEqualTo(Measure.values().length + JUDGED_SECTIONS);
    }
  }

  @Test
  void anUndefinedFigureIsAnEmptyCell() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet grades = workbook.getSheet("Grades");
      Row cic = rowLabelled(grades, 1, "Children in Care and Care Leavers");
      assertThat(cic.getCell(3).getNumericCellValue()).isZero();
      assertThat(cic.getCell(8).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(cic.getCell(9).getNumericCellValue()).isEqualTo(1.0);
      Row atn = rowLabelled(grades, 1, "Assessment Team North");
      assertThat(atn.getCell(12).getCellType()).isEqualTo(CellType.BLANK);
    }
  }

  @Test
  void everyScopesEveryFigureTheSectionsAndTheEvaluationsWithoutChildren() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      int perScope = Measure.values().length + JUDGED_SECTIONS;
      assertThat(workbook.getSheet("All figures").getLastRowNum()).isEqualTo(perScope * (1 + 3 + 6));
      Sheet sections = workbook.getSheet("Sections");
      Row recording = rowLabelled(sections, 1, "Recording");
      assertThat(recording.getCell(8).getNumericCellValue()).isEqualTo(0.25);
      assertThat(recording.getCell(12).getStringCellValue()).isEqualTo("yes");
      Sheet evaluations = workbook.getSheet("Evaluations");
      assertThat(evaluations.getLastRowNum()).isEqualTo(10);
      Row e3 = rowLabelled(evaluations, 0, "PE-2019-0103");
      assertThat(e3.getCell(7).getStringCellValue()).isEqualTo("Requires improvement");
      StringBuilder all = new StringBuilder();
      evaluations.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append(' ')));
      assertThat(all.toString()).doesNotContain("C104");
      Sheet themes = workbook.getSheet("Themes and plans");
      assertThat(themes.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Recording that tells the child's story");
      assertThat(rowLabelled(themes, 1, "Front Door and Assessment").getCell(2).getStringCellValue())
          .contains("Recording workshop");
    }
  }

  private static Row rowLabelled(Sheet sheet, int column, String label) {
    for (Row row : sheet) {
      if (row.getCell(column) != null && row.getCell(column).getCellType() == CellType.STRING
          && label.equals(row.getCell(column).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("No row " + label + " in " + sheet.getSheetName());
  }
}
