package org.practiceevaluations.evaluation;

import org.practiceevaluations.common.StepFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Turns the durations of the evaluation-deadlines decision (ISO 8601, a process owner's setting) into the dates
 * and timer expressions the models use. People work office days: a piece of work is due at 17:00 on its due day,
 * a reminder goes at 09:00. Plain logic, unit-tested; the clock is the engine's clock.
 */
@Component
public class Deadlines {

  /** The decision table the per-step durations come from (processes/evaluation-deadlines.dmn). */
  public static final String EVALUATION_DEADLINES = "evaluation-deadlines";

  static final LocalTime DUE_TIME = LocalTime.of(17, 0);
  static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  private final Clock clock;

  public Deadlines(Clock clock) {
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  public java.time.ZoneId zone() {
    return clock.getZone();
  }

  /** The due moment: {@code from} plus {@code duration}, at 17:00 on that day (a duration in hours is exact). */
  public Instant dueAfter(Instant from, String duration) {
    validate(duration);
    ZonedDateTime start = from.atZone(clock.getZone());
    if (isTimeBased(duration)) {
      return start.plus(Duration.parse(duration)).toInstant();
    }
    return start.plus(period(duration)).with(DUE_TIME).toInstant();
  }

  /** A reminder {@code before} the due moment, at 09:00 that day; never earlier than now. */
  public Instant reminderBefore(Instant due, String before) {
    validate(before);
    ZonedDateTime dueAt = due.atZone(clock.getZone());
    Instant reminder = isTimeBased(before)
        ? dueAt.minus(Duration.parse(before)).toInstant()
        : dueAt.minus(period(before)).with(REMINDER_TIME).toInstant();
    Instant now = now();
    return reminder.isBefore(now) ? now : reminder;
  }

  /** A timer cycle that fires at {@code due} and every {@code repeat} after: {@code R/2026-12-24T17:00:00Z/P7D}. */
  public String cycleFrom(Instant due, String repeat) {
    validate(repeat);
    return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(due.atZone(clock.getZone())) + "/" + repeat;
  }

  /** A due date and the cycle that chases it from then on. */
  public record Chased(Instant due, String chaseCycle) {}

  /**
   * Due {@code within} from now (the evaluation-deadlines decision's output of that name) and chased from then every
   * {@code chaseEvery}: the one rule of every step that sets "a decision due, chased when late".
   */
  public Chased dueAndChased(java.util.Map<String, Object> durations, String within, String chaseEvery) {
    Instant due = dueAfter(now(), duration(durations, EVALUATION_DEADLINES, within));
    return new Chased(due, cycleFrom(due, duration(durations, EVALUATION_DEADLINES, chaseEvery)));
  }

  /** A timer cycle that fires every {@code repeat} from now on: {@code R/P1M}. */
  public String every(String repeat) {
    validate(repeat);
    return "R/" + repeat;
  }

  /** A duration a deadlines decision gave ({@code table}: its key), or a failure a process owner can act on. */
  public static String duration(java.util.Map<String, Object> durations, String table, String key) {
    Object value = durations == null ? null : durations.get(key);
    if (value == null) {
      throw new IllegalStateException(StepFailure.DEADLINE_MISSING.say(
          java.util.Map.of("table", table, "deadline", key), "The " + table + " decision gave no '" + key + "'."));
    }
    return value.toString();
  }

  /** Fails with a message a process owner understands when a duration from the decision table is not ISO 8601. */
  public static void validate(String duration) {
    if (duration == null || duration.isBlank()) {
      throw new IllegalArgumentException(StepFailure.DEADLINE_INVALID.say(
          "A deadline in the evaluation-deadlines table is empty."));
    }
    try {
      if (isTimeBased(duration)) {
        Duration.parse(duration);
      } else {
        period(duration);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(StepFailure.DEADLINE_INVALID.say("The deadline '" + duration
          + "' in the evaluation-deadlines table is not an ISO 8601 duration such as P1M, P21D or PT48H."));
    }
  }

  public static Date toDate(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  private static Period period(String duration) {
    return Period.parse(duration);
  }

  private static boolean isTimeBased(String duration) {
    return duration != null && duration.startsWith("PT");
  }
}
