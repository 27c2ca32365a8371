package org.practiceevaluations.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.evaluation.FamilyFeedback;
import org.practiceevaluations.evaluation.Grade;
import org.practiceevaluations.evaluation.Judgement;

/**
 * How the recording's documents word things: dates as "12 March 2026" in the council's time zone, grades and
 * judgements by their labels, people by name, and "None recorded" for what nobody wrote. Used by the PDF template
 * (as {@code f}) and by the case notes, so both say the same thing the same way. Returns plain text: whatever
 * shows it escapes it.
 */
public class Wording {

  public static final String NONE = "None recorded";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ZoneId zone;

  public Wording(ZoneId zone) {
    this.zone = zone;
  }

  public String date(Instant instant) {
    return instant == null ? "—" : DATE.format(instant.atZone(zone));
  }

  public String date(LocalDate date) {
    return date == null ? "—" : DATE.format(date);
  }

  /** "3 Mar 2026", for narrow table columns. */
  public String shortDate(LocalDate date) {
    return date == null ? "—" : SHORT_DATE.format(date);
  }

  public String grade(Grade grade) {
    return grade == null ? "Not given" : grade.label();
  }

  public String judgement(Judgement judgement) {
    return judgement == null ? "Not given" : judgement.label();
  }

  public String person(EvaluationView.Person person) {
    return person == null ? "—" : person.name();
  }

  /** The person's name, or {@code none} when there is nobody in that part. */
  public String person(EvaluationView.Person person, String none) {
    return person == null ? none : person.name();
  }

  public String yesNo(Boolean value) {
    return value == null ? "Not recorded" : value ? "Yes" : "No";
  }

  public boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The text as typed, or "None recorded". */
  public String text(String text) {
    return blank(text) ? NONE : text.strip();
  }

  /** At most {@code max} characters, cut at a word, with an ellipsis: for summaries, never for the PDF. */
  public String shortened(String text, int max) {
    String t = text(text);
    if (t.length() <= max) {
      return t;
    }
    int cut = t.lastIndexOf(' ', max);
    return t.substring(0, cut > max / 2 ? cut : max).strip() + " …";
  }

  public String finalGradeSource(Evaluation.FinalGradeSource source) {
    if (source == null) {
      return "not settled yet";
    }
    return switch (source) {
      case FIRST_AUDITOR -> "the first auditor's grade";
      case MODERATOR -> "the moderator's grade";
      case AGREED_AFTER_DISCUSSION -> "agreed with the team after a reflective discussion";
      case AUDIT_MANAGER -> "decided by the audit manager";
    };
  }

  public String respondent(FamilyFeedback.Respondent respondent) {
    if (respondent == null) {
      return "Someone in the family";
    }
    return switch (respondent) {
      case CHILD -> "The child or young person";
      case PARENT_CARER -> "A parent or carer";
    };
  }

  public String status(EvaluationView.Action action) {
    if (action.status() == EvaluationAction.Status.DONE) {
      return action.completedOn() == null ? "Done" : "Done " + date(action.completedOn());
    }
    return "Open";
  }

  public String shortStatus(EvaluationView.Action action) {
    if (action.status() == EvaluationAction.Status.DONE) {
      return action.completedOn() == null ? "Done" : "Done " + shortDate(action.completedOn());
    }
    return "Open";
  }

  /** The feedback form's answers ({@code {"listensToMe":"always"}}) as question and answer, in form order. */
  public List<Map.Entry<String, String>> answers(String json) {
    List<Map.Entry<String, String>> answers = new ArrayList<>();
    if (blank(json)) {
      return answers;
    }
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isObject()) {
        answers.add(Map.entry("Answers", json));
        return answers;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = field.getValue();
        answers.add(Map.entry(question(field.getKey()), value.isValueNode() ? value.asText() : value.toString()));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      answers.add(Map.entry("Answers", json));
    }
    return answers;
  }

  /** {@code listensToMe} → "Listens to me". */
  static String question(String key) {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '_' || c == '-') {
        words.append(' ');
      } else if (Character.isUpperCase(c) && i > 0) {
        words.append(' ').append(Character.toLowerCase(c));
      } else {
        words.append(i == 0 ? Character.toUpperCase(c) : c);
      }
    }
    return words.toString();
  }
}
