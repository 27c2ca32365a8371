package org.practiceevaluations.forms;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;

/**
 * The answers a person submitted with a Camunda Form, read with the rules the server enforces whatever the form
 * says. Each accessor records a plain-English problem instead of throwing, so the person sees every problem at
 * once; {@link #throwIfInvalid()} then refuses the whole submission (Tasklist shows the message, nothing changes).
 */
public class FormAnswers {

  public static final int MAX_TEXT = 20_000;
  public static final int MAX_SHORT_TEXT = 4_000;

  /** Which dates make sense for a field. */
  public enum When { PAST_OR_TODAY, TODAY_OR_LATER, ANY }

  private final Function<String, Object> source;
  private final ObjectMapper json;
  private final LocalDate today;
  private final ZoneId zone;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> keysRead = new LinkedHashSet<>();

  /**
   * Answers read from the variables of a task (a completion that set them as variables); rows sent as JSON are read
   * with {@code json}, the application's (Spring's) {@code ObjectMapper}.
   */
  public FormAnswers(VariableScope scope, Clock clock, ObjectMapper json) {
    this(scope::getVariable, clock, json);
  }

  /** Answers read from a form submission by name (see {@code engine.forms.AnsweringTaskFormHandler}). */
  public FormAnswers(Function<String, Object> source, Clock clock, ObjectMapper json) {
    this.source = source;
    this.json = json;
    this.today = LocalDate.now(clock);
    this.zone = clock.getZone();
  }

  public LocalDate today() {
    return today;
  }

  /** Keys this submission was read through (the form's fields). */
  public Set<String> keysRead() {
    return keysRead;
  }

  public List<String> problems() {
    return problems;
  }

  public void problem(String message) {
    problems.add(message);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  public void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new AnswersRejected("answers",
          "Please check your answers: " + String.join(" ", problems));
    }
  }

  public Object raw(String key) {
    keysRead.add(key);
    return source.apply(key);
  }

  /** Free text, trimmed; null when empty. */
  public String text(String key, String label, boolean required, int max) {
    Object value = raw(key);
    String text = value == null ? null : value.toString().trim();
    if (text == null || text.isEmpty()) {
      if (required) {
        problem(label + " is needed.");
      }
      return null;
    }
    if (text.length() > max) {
      problem(label + " is longer than " + max + " characters (" + text.length() + ").");
      return null;
    }
    return text;
  }

  public String text(String key, String label, boolean required) {
    return text(key, label, required, MAX_TEXT);
  }

  /** A yes-or-no decision, with the reason that must be given when the answer is no. */
  public record Decision(Boolean yes, String reasonWhenNo) {}

  /**
   * A decision answered yes or no ({@code yesNoKey}, required), whose reason ({@code reasonKey}) is required only
   * when the answer is no: accepting a request, starting an offered audit, approving a report.
   */
  public Decision decision(String yesNoKey, String question, String reasonKey, String reasonLabel) {
    Boolean yes = yesNo(yesNoKey, question, true);
    return new Decision(yes, text(reasonKey, reasonLabel, Boolean.FALSE.equals(yes)));
  }

  /** Yes or no: a checkbox (Boolean) or a radio with the values yes/no. Null when unanswered. */
  public Boolean yesNo(String key, String label, boolean required) {
    Boolean answer = toBoolean(raw(key));
    if (answer == null && required) {
      problem("Answer \"" + label + "\".");
    }
    if (answer == null && raw(key) != null && !raw(key).toString().isBlank()) {
      problem("\"" + label + "\" must be yes or no.");
    }
    return answer;
  }

  /** A ticked checkbox; an unticked or missing one is false. */
  public boolean ticked(String key) {
    return Boolean.TRUE.equals(toBoolean(raw(key)));
  }

  public LocalDate date(String key, String label, boolean required, When when) {
    return toDate(raw(key), label, required, when);
  }

  public Grade grade(String key, String label, boolean required) {
    Object value = raw(key);
    if (value == null || value.toString().isBlank()) {
      if (required) {
        problem("Choose " + label + ".");
      }
      return null;
    }
    Grade grade = Grade.parse(value.toString());
    if (grade == null) {
      problem(label + " '" + value + "' is not a grade: choose outstanding, good, requires improvement or inadequate.");
    }
    return grade;
  }

  public Judgement judgement(String key, String label) {
    Object value = raw(key);
    if (value == null || value.toString().isBlank()) {
      problem("Choose a judgement for " + label + ".");
      return null;
    }
    Judgement judgement = Judgement.parse(value.toString());
    if (judgement == null) {
      problem("The judgement for " + label + " '" + value + "' is not one of outstanding, good, requires "
          + "improvement, inadequate or not relevant.");
    }
    return judgement;
  }

  /** A repeating list (form-js dynamic list): each row a map of its fields. Empty when none. */
  public List<Map<String, Object>> rows(String key, String label) {
    Object value = raw(key);
    if (value == null) {
      return List.of();
    }
    try {
      if (value instanceof List<?> list) {
        return json.convertValue(list, new TypeReference<List<Map<String, Object>>>() {});
      }
      String text = value.toString();
      if (text.isBlank()) {
        return List.of();
      }
      return json.readValue(text, new TypeReference<List<Map<String, Object>>>() {});
    } catch (Exception e) {
      problem(label + " could not be read.");
      return List.of();
    }
  }

  /** Reads a value out of a row with the same rules. */
  public String rowText(Map<String, Object> row, String field, String label, boolean required, int max) {
    Object value = row.get(field);
    String text = value == null ? null : value.toString().trim();
    if (text == null || text.isEmpty()) {
      if (required) {
        problem(label + " is needed.");
      }
      return null;
    }
    if (text.length() > max) {
      problem(label + " is longer than " + max + " characters.");
      return null;
    }
    return text;
  }

  public LocalDate rowDate(Map<String, Object> row, String field, String label, boolean required, When when) {
    return toDate(row.get(field), label, required, when);
  }

  public Boolean rowYesNo(Map<String, Object> row, String field) {
    return toBoolean(row.get(field));
  }

  private LocalDate toDate(Object value, String label, boolean required, When when) {
    if (value == null || value.toString().isBlank()) {
      if (required) {
        problem(label + " is needed.");
      }
      return null;
    }
    LocalDate date;
    if (value instanceof java.util.Date d) {
      date = d.toInstant().atZone(zone).toLocalDate();
    } else {
      String text = value.toString().trim();
      try {
        date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        problem(label + " '" + text + "' is not a date.");
        return null;
      }
    }
    if (when == When.PAST_OR_TODAY && date.isAfter(today)) {
      problem(label + " cannot be in the future.");
    }
    if (when == When.TODAY_OR_LATER && date.isBefore(today)) {
      problem(label + " cannot be in the past.");
    }
    return date;
  }

  private static Boolean toBoolean(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value == null) {
      return null;
    }
    String text = value.toString().trim().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "yes", "true" -> Boolean.TRUE;
      case "no", "false" -> Boolean.FALSE;
      default -> null;
    };
  }
}
