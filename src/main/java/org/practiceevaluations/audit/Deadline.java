package org.practiceevaluations.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * One dated step of an evaluation or a case of concern, as the overview shows it: what, when it was due, when it
 * was done, and where it stands today. {@code days} is how many days overdue (OVERDUE), how many days left (DUE)
 * or how many days late it was done (DONE, 0 when on time), counted in calendar days in the council's time zone
 * (0: today).
 */
public record Deadline(String what, Instant due, Instant done, State state, long days) {

  public enum State {
    /** Done (on time or late). */
    DONE,
    /** Not done and past its due date. */
    OVERDUE,
    /** Not done, due date still ahead. */
    DUE,
    /** Not done and not yet given a date (the step before it is not done). */
    NOT_YET
  }

  public static Deadline of(String what, Instant due, Instant done, Instant now, ZoneId zone) {
    if (done != null) {
      long late = due != null && done.isAfter(due) ? daysBetween(due, done, zone) : 0;
      return new Deadline(what, due, done, State.DONE, late);
    }
    if (due == null) {
      return new Deadline(what, null, null, State.NOT_YET, 0);
    }
    if (due.isBefore(now)) {
      return new Deadline(what, due, null, State.OVERDUE, daysBetween(due, now, zone));
    }
    return new Deadline(what, due, null, State.DUE, daysBetween(now, due, zone));
  }

  /** Calendar days from the day of {@code from} to the day of {@code to}, in {@code zone}. */
  static long daysBetween(Instant from, Instant to, ZoneId zone) {
    LocalDate a = from.atZone(zone).toLocalDate();
    LocalDate b = to.atZone(zone).toLocalDate();
    return ChronoUnit.DAYS.between(a, b);
  }

  public boolean isOpen() {
    return state == State.OVERDUE || state == State.DUE;
  }
}
