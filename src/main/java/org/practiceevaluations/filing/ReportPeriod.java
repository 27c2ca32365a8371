package org.practiceevaluations.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceevaluations.common.DateWords;

/**
 * A span of days a report covers: from {@code start} (inclusive) to {@code end} (exclusive), in the council's time
 * zone. Quarters and months are calendar ones; any other span is allowed for on-demand reports.
 */
public record ReportPeriod(LocalDate start, LocalDate end) {

  private static final Pattern QUARTER = Pattern.compile("\\s*(\\d{4})\\s*-?\\s*Q([1-4])\\s*", Pattern.CASE_INSENSITIVE);

  public ReportPeriod {
    if (start == null || end == null || !end.isAfter(start)) {
      throw new IllegalArgumentException("A report period needs a start before its end.");
    }
  }

  /** From one day to another, both included. */
  public static ReportPeriod ofDays(LocalDate first, LocalDate last) {
    if (first == null || last == null || last.isBefore(first)) {
      throw new IllegalArgumentException("The period's last day cannot be before its first day.");
    }
    return new ReportPeriod(first, last.plusDays(1));
  }

  public static ReportPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("A quarter is 1 to 4.");
    }
    LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return new ReportPeriod(start, start.plusMonths(3));
  }

  /** "2027 Q1", "2027-Q1" or "2027Q1". */
  public static ReportPeriod parseQuarter(String text) {
    Matcher m = text == null ? null : QUARTER.matcher(text);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a quarter: write it like 2027 Q1.");
    }
    return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The calendar quarter containing the day. */
  public static ReportPeriod quarterOf(LocalDate day) {
    return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /** The last calendar quarter that has ended by this day. */
  public static ReportPeriod quarterEndedBefore(LocalDate day) {
    return quarterOf(day).previous();
  }

  public static ReportPeriod month(YearMonth month) {
    return new ReportPeriod(month.atDay(1), month.plusMonths(1).atDay(1));
  }

  /** The {@code months} whole calendar months before the month of {@code day}. */
  public static ReportPeriod monthsBefore(LocalDate day, int months) {
    if (months < 1) {
      throw new IllegalArgumentException("At least one month.");
    }
    LocalDate end = day.withDayOfMonth(1);
    return new ReportPeriod(end.minusMonths(months), end);
  }

  public boolean isWholeMonths() {
    return start.getDayOfMonth() == 1 && end.getDayOfMonth() == 1;
  }

  public boolean isQuarter() {
    return isWholeMonths() && (start.getMonthValue() - 1) % 3 == 0 && start.plusMonths(3).equals(end);
  }

  /** The period of the same length just before this one (by months for whole months, by days otherwise). */
  public ReportPeriod previous() {
    if (isWholeMonths()) {
      long months = ChronoUnit.MONTHS.between(start, end);
      return new ReportPeriod(start.minusMonths(months), start);
    }
    long days = ChronoUnit.DAYS.between(start, end);
    return new ReportPeriod(start.minusDays(days), start);
  }

  public LocalDate lastDay() {
    return end.minusDays(1);
  }

  public Instant startAt(ZoneId zone) {
    return start.atStartOfDay(zone).toInstant();
  }

  public Instant endAt(ZoneId zone) {
    return end.atStartOfDay(zone).toInstant();
  }

  /** True when the instant falls within the period in this time zone; false for null. */
  public boolean contains(Instant instant, ZoneId zone) {
    return instant != null && !instant.isBefore(startAt(zone)) && instant.isBefore(endAt(zone));
  }

  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(start) && day.isBefore(end);
  }

  /** "2027 Q1" for a quarter, "March 2027" for a month, otherwise the dates. Used in file and folder names. */
  public String shortName() {
    if (isQuarter()) {
      return start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
    if (isWholeMonths() && start.plusMonths(1).equals(end)) {
      return monthName(start.getMonth()) + " " + start.getYear();
    }
    return start + " to " + lastDay();
  }

  /** "January to March 2027", "March 2027", "November 2026 to January 2027", "3 to 16 March 2027". */
  public String label() {
    if (isWholeMonths()) {
      LocalDate last = lastDay();
      if (start.plusMonths(1).equals(end)) {
        return monthName(start.getMonth()) + " " + start.getYear();
      }
      if (start.getYear() == last.getYear()) {
        return monthName(start.getMonth()) + " to " + monthName(last.getMonth()) + " " + last.getYear();
      }
      return monthName(start.getMonth()) + " " + start.getYear() + " to " + monthName(last.getMonth()) + " "
          + last.getYear();
    }
    return DateWords.DAY.format(start) + " to " + DateWords.DAY.format(lastDay());
  }

  /** "2027 Q1 (January to March 2027)" for a quarter; the label otherwise. */
  public String title() {
    return isQuarter() ? shortName() + " (" + label() + ")" : label();
  }

  private static String monthName(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.UK);
  }
}
