package org.practiceevaluations.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.common.DateWords;

/**
 * Plain-English formatting for the mail templates ({@code fmt} in a template): dates as "12 March 2027" in the
 * council's time zone, grades by their label.
 */
public class MailFormats {


  private final ZoneId zone;
  private final Instant now;

  public MailFormats(ZoneId zone, Instant now) {
    this.zone = zone;
    this.now = now;
  }

  /** "12 March 2027" for an Instant, LocalDate, Date or ISO text; empty for null. */
  public String date(Object value) {
    LocalDate date = toDate(value);
    return date == null ? "" : DateWords.DAY.format(date);
  }

  /** "Friday 12 March 2027". */
  public String day(Object value) {
    LocalDate date = toDate(value);
    return date == null ? "" : DateWords.WEEKDAY.format(date);
  }

  /** Whole days from today to the date (negative when past); 0 for null. */
  public long daysUntil(Object value) {
    LocalDate date = toDate(value);
    return date == null ? 0 : ChronoUnit.DAYS.between(today(), date);
  }

  /** Whole days since the date; 0 for null or future dates. */
  public long daysSince(Object value) {
    return Math.max(0, -daysUntil(value));
  }

  /**
   * When something was due, as a person would say it: "today, Friday 12 March 2027" (the first overdue notice goes
   * at 17:00 on the day), "yesterday, Thursday 11 March 2027", or "on Friday 5 March 2027, 7 days ago".
   */
  public String dueWhen(Object value) {
    LocalDate date = toDate(value);
    if (date == null) {
      return "";
    }
    long days = ChronoUnit.DAYS.between(date, today());
    if (days == 0) {
      return "today, " + DateWords.WEEKDAY.format(date);
    }
    if (days == 1) {
      return "yesterday, " + DateWords.WEEKDAY.format(date);
    }
    if (days < 0) {
      return "on " + DateWords.WEEKDAY.format(date);
    }
    return "on " + DateWords.WEEKDAY.format(date) + ", " + days + " days ago";
  }

  /** "in 7 days", "tomorrow", "today". */
  public String inDays(Object value) {
    long days = daysUntil(value);
    return days <= 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
  }

  /** Age in years today. */
  public Integer age(LocalDate dateOfBirth) {
    return dateOfBirth == null ? null : Period.between(dateOfBirth, today()).getYears();
  }

  public String grade(Object grade) {
    if (grade instanceof Grade g) {
      return g.label();
    }
    Grade parsed = grade == null ? null : Grade.parse(grade.toString());
    return parsed == null ? "not yet given" : parsed.label();
  }

  public String judgement(Judgement judgement) {
    return judgement == null ? "not judged" : judgement.label();
  }

  public String yesNo(Boolean value) {
    return value == null ? "not recorded" : value ? "yes" : "no";
  }

  public LocalDate today() {
    return ZonedDateTime.ofInstant(now, zone).toLocalDate();
  }

  private LocalDate toDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Instant i) {
      return ZonedDateTime.ofInstant(i, zone).toLocalDate();
    }
    if (value instanceof Date d) {
      return ZonedDateTime.ofInstant(d.toInstant(), zone).toLocalDate();
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
