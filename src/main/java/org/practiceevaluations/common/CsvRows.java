package org.practiceevaluations.common;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read whole, with a header row, as rows that know their line number. Reading never stops at the
 * first problem: the caller collects every {@link LineError} and decides (imports are all or nothing).
 */
public final class CsvRows {

  private final List<Row> rows;

  private CsvRows(List<Row> rows) {
    this.rows = rows;
  }

  public List<Row> rows() {
    return rows;
  }

  /**
   * Parses {@code text}; throws {@link ImportRejectedException} when the file cannot be read as CSV at all, is
   * empty, or lacks one of the {@code requiredColumns}.
   */
  public static CsvRows parse(String text, Set<String> requiredColumns) {
    if (text == null || text.isBlank()) {
      throw new ImportRejectedException(List.of(new LineError(1, "The file is empty.")));
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).build();
    try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      Set<String> missing = new TreeSet<>(requiredColumns);
      missing.removeAll(header.keySet());
      if (!missing.isEmpty()) {
        throw new ImportRejectedException(List.of(new LineError(1,
            "The header row lacks the column(s) " + String.join(", ", missing) + ".")));
      }
      List<Row> rows = new ArrayList<>();
      LineNumbers lineNumbers = new LineNumbers(body);
      for (CSVRecord record : parser) {
        rows.add(new Row(lineNumbers.lineAt(record.getCharacterPosition()), record));
      }
      if (rows.isEmpty()) {
        throw new ImportRejectedException(List.of(new LineError(1, "The file has a header but no rows.")));
      }
      return new CsvRows(rows);
    } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new ImportRejectedException(List.of(new LineError(1, "The file is not valid CSV: " + e.getMessage())));
    }
  }

  /**
   * The line a record starts on, from its character position: the parser's own line count is where a record ends,
   * which is a later line when a quoted value spans several lines. Counts \n, \r\n and a lone \r as line ends.
   */
  private static final class LineNumbers {
    private final String text;
    private int position;
    private long line = 1;

    LineNumbers(String text) {
      this.text = text;
    }

    /**
     * Positions must be asked for in increasing order (records come in file order). A record's position is before
     * the empty lines the parser skipped to reach it, so those are stepped over first.
     */
    long lineAt(long characterPosition) {
      int end = (int) Math.min(characterPosition, text.length());
      while (end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
        end++;
      }
      for (; position < end; position++) {
        char c = text.charAt(position);
        if (c == '\n' || (c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n'))) {
          line++;
        }
      }
      return line;
    }
  }

  /** One data row. Accessors add a {@link LineError} to {@code errors} and return null when a value is bad. */
  public record Row(long line, CSVRecord record) {

    public String text(String column) {
      if (!record.isMapped(column) || !record.isSet(column)) {
        return "";
      }
      return record.get(column).trim();
    }

    public String required(String column, List<LineError> errors) {
      String value = text(column);
      if (value.isEmpty()) {
        errors.add(new LineError(line, column + " is missing."));
        return null;
      }
      return value;
    }

    public String optional(String column) {
      String value = text(column);
      return value.isEmpty() ? null : value;
    }

    public LocalDate date(String column, boolean required, List<LineError> errors) {
      String value = text(column);
      if (value.isEmpty()) {
        if (required) {
          errors.add(new LineError(line, column + " is missing."));
        }
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        errors.add(new LineError(line, column + " '" + value + "' is not a date (use YYYY-MM-DD)."));
        return null;
      }
    }
  }
}
