package org.practiceevaluations.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  private static final Set<String> COLUMNS = Set.of("reference", "born");

  private static List<Long> lines(String csv) {
    return CsvRows.parse(csv, COLUMNS).rows().stream().map(CsvRows.Row::line).toList();
  }

  private static List<LineError> rejection(String csv) {
    try {
      CsvRows.parse(csv, COLUMNS);
    } catch (ImportRejectedException e) {
      return e.errors();
    }
    throw new AssertionError("The file was accepted");
  }

  @Test
  void rowsAreNumberedByTheirLineInTheFileWithTheHeaderOnLineOne() {
    assertThat(lines("reference,born\nA1,2015-01-01\nA2,2016-02-02\nA3,2017-03-03")).containsExactly(2L, 3L, 4L);
  }

  @Test
  void windowsLineEndsAndATrailingNewLineDoNotShiftTheNumbers() {
    assertThat(lines("reference,born\r\nA1,2015-01-01\r\nA2,2016-02-02\r\n")).containsExactly(2L, 3L);
  }

  @Test
  void emptyLinesAreSkippedButStillCounted() {
    assertThat(lines("reference,born\nA1,2015-01-01\n\n\nA2,2016-02-02\n")).containsExactly(2L, 5L);
  }

  @Test
  void aQuotedValueOverSeveralLinesNumbersItsRowByTheLineItStartsOn() {
    assertThat(lines("reference,born\n\"A1\nsecond line\",2015-01-01\nA2,2016-02-02\n")).containsExactly(2L, 4L);
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() {
    CsvRows rows = CsvRows.parse("\uFEFFreference,born\nA1,2015-01-01\n", COLUMNS);

    assertThat(rows.rows()).singleElement().satisfies(row -> assertThat(row.text("reference")).isEqualTo("A1"));
  }

  @Test
  void valuesAreTrimmedAndColumnsMayComeInAnyOrder() {
    CsvRows.Row row = CsvRows.parse("born , reference\n 2015-01-01 ,  A1 \n", COLUMNS).rows().get(0);

    assertThat(row.text("reference")).isEqualTo("A1");
    assertThat(row.date("born", true, new ArrayList<>())).isEqualTo(LocalDate.of(2015, 1, 1));
  }

  @Test
  void aHeaderWithoutARequiredColumnIsRefusedOnLineOneNamingTheColumns() {
    assertThat(rejection("name,other\nA1,x\n"))
        .containsExactly(new LineError(1, "The header row lacks the column(s) born, reference."));
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThat(rejection("")).containsExactly(new LineError(1, "The file is empty."));
    assertThat(rejection(" \n \n")).containsExactly(new LineError(1, "The file is empty."));
  }

  @Test
  void aHeaderWithoutRowsIsRefused() {
    assertThat(rejection("reference,born\n")).containsExactly(new LineError(1, "The file has a header but no rows."));
  }

  @Test
  void aFileThatIsNotCsvIsRefusedOnLineOne() {
    assertThat(rejection("reference,born\n\"A1,2015-01-01\n"))
        .singleElement().satisfies(e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.reason()).startsWith("The file is not valid CSV");
        });
  }

  @Test
  void aRefusalSaysNothingWasChanged() {
    assertThatThrownBy(() -> CsvRows.parse("", COLUMNS))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("Nothing was changed");
  }

  @Test
  void aMissingRequiredValueIsReportedOnItsLine() {
    CsvRows.Row row = CsvRows.parse("reference,born\nA1,\n,2015-01-01\n", COLUMNS).rows().get(1);
    List<LineError> errors = new ArrayList<>();

    assertThat(row.required("reference", errors)).isNull();
    assertThat(errors).containsExactly(new LineError(3, "reference is missing."));
  }

  @Test
  void aShortRowReadsItsMissingColumnsAsEmpty() {
    CsvRows.Row row = CsvRows.parse("reference,born\nA1\n", COLUMNS).rows().get(0);

    assertThat(row.text("born")).isEmpty();
    assertThat(row.optional("born")).isNull();
  }

  @Test
  void aDateThatIsNotADateIsReportedWithTheExpectedFormat() {
    CsvRows.Row row = CsvRows.parse("reference,born\nA1,02/01/2015\n", COLUMNS).rows().get(0);
    List<LineError> errors = new ArrayList<>();

    assertThat(row.date("born", true, errors)).isNull();
    assertThat(errors).containsExactly(new LineError(2, "born '02/01/2015' is not a date (use YYYY-MM-DD)."));
  }

  @Test
  void anEmptyOptionalDateIsNoProblemButAnEmptyRequiredOneIs() {
    CsvRows.Row row = CsvRows.parse("reference,born\nA1,\n", COLUMNS).rows().get(0);
    List<LineError> errors = new ArrayList<>();

    assertThat(row.date("born", false, errors)).isNull();
    assertThat(errors).isEmpty();
    assertThat(row.date("born", true, errors)).isNull();
    assertThat(errors).containsExactly(new LineError(2, "born is missing."));
  }
}
