package org.practiceevaluations.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A calendar quarter in the council's time zone (January to March, ...), as the quarterly report counts them: an
 * evaluation finalised at 00:30 on 1 October, London time, is in the October quarter although it is still
 * 30 September in UTC.
 */
public record Quarter(LocalDate firstDay, ZoneId zone) {

  /** The quarter holding {@code instant}, in {@code zone}. */
  public static Quarter containing(Instant instant, ZoneId zone) {
    LocalDate day = instant.atZone(zone).toLocalDate();
    int firstMonth = ((day.getMonthValue() - 1) / 3) * 3 + 1;
    return new Quarter(LocalDate.of(day.getYear(), firstMonth, 1), zone);
  }

  public Quarter previous() {
    return new Quarter(firstDay.minusMonths(3), zone);
  }

  /** The first moment of the quarter. */
  public Instant start() {
    return firstDay.atStartOfDay(zone).toInstant();
  }

  /** The first moment of the next quarter (exclusive end). */
  public Instant end() {
    return firstDay.plusMonths(3).atStartOfDay(zone).toInstant();
  }

  /** "October to December 2026". */
  public String label() {
    LocalDate lastMonth = firstDay.plusMonths(2);
    return month(firstDay) + " to " + month(lastMonth) + " " + lastMonth.getYear();
  }

  private static String month(LocalDate day) {
    return day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
  }
}
