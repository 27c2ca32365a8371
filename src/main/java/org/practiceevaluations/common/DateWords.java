package org.practiceevaluations.common;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way the application writes a date for people to read, in forms, mails, documents and reports:
 * "3 December 2026" (and "3 Dec 2026" where a table is narrow). Times and zones are the caller's: format a date
 * in the council's time zone ({@code Clock.getZone()}), never the server's.
 */
public final class DateWords {

  /** "3 December 2026". */
  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** "3 Dec 2026", for narrow tables. */
  public static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  /** "Thursday 3 December 2026", where the day of the week helps (due dates). */
  public static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private DateWords() {}
}
