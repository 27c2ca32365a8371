package org.practiceevaluations.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.common.DateWords;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.evaluation.FamilyFeedback;

/**
 * How the recording's documents word things: dates as "12 March 2026" in the council's time zone, grades and
 * judgements by their labels, people by name, and "None recorded" for what nobody wrote. Used by the PDF template
 * (as {@code f}) and by the case notes, so both say the same thing the same way. Returns plain text: whatever
 * shows it escapes it.
 */
public class Wording {

  public static final String NONE = "None recorded";

  private final ZoneId zone;
  private final ObjectMapper json;
  private final FeedbackFormLabels feedbackLabels;

  /** Dates in the council's {@code zone}; the feedback read with {@code json}, Spring's {@code ObjectMapper}. */
  public Wording(ZoneId zone, ObjectMapper json) {
    this.zone = zone;
    this.json = json;
    this.feedbackLabels = new FeedbackFormLabels(json);
  }

  public String date(Instant instant) {
    return instant == null ? "—" : DateWords.DAY.format(instant.atZone(zone));
  }

  public String date(LocalDate date) {
    return date == null ? "—" : DateWords.DAY.format(date);
  }

  /** "3 Mar 2026", for narrow table columns. */
  public String shortDate(LocalDate date) {
    return date == null ? "—" : DateWords.SHORT_DAY.format(date);
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

  /**
   * What kind of evaluation, once: "Moderated practice evaluation, moderated by Simon Clarke", "Monthly practice
   * evaluation, not moderated", "Re-audit of an inadequate evaluation (re-audit of PE-2026-0007), not moderated".
   */
  public String kind(EvaluationView e) {
    StringBuilder kind = new StringBuilder(e.type() == null ? "Practice evaluation" : e.type().label());
    if (e.previousEvaluationReference() != null) {
      kind.append(" (re-audit of ").append(e.previousEvaluationReference()).append(')');
    }
    if (e.moderated()) {
      kind.append(e.people() != null && e.people().moderator() != null
          ? ", moderated by " + e.people().moderator().name() : ", moderated");
    } else {
      kind.append(", not moderated");
    }
    return kind.toString();
  }

  /**
   * When the evaluation went to the team. The PDF is filed before the audit team e-mails it (the guide's order:
   * save to the child's file, add the case note, then send), so a PDF filed now cannot know the date yet: it says
   * what happens instead of printing a dash.
   */
  public String sharing(EvaluationView e) {
    if (e.dates().sharedAt() != null) {
      return date(e.dates().sharedAt());
    }
    return "Not yet: the audit team e-mails this evaluation to the team straight after filing it";
  }

  /** The team's view of a grade at a discussion: "The team agrees with the grade" or what it thinks instead. */
  public String teamView(EvaluationView.TeamDiscussion discussion) {
    if (discussion == null || discussion.teamAgrees() == null) {
      return "Not recorded";
    }
    return discussion.teamAgrees() ? "The team agrees with the grade"
        : "The team does not agree: in its view the grade is " + grade(discussion.teamView());
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

  /**
   * The feedback form's answers ({@code {"listensToMe":"always"}}) as question and answer in words, in form order:
   * "Listens to me and takes my views seriously" / "Always". The questions and answers are the form's own labels
   * ({@code forms/family-feedback.form}); a code the form no longer has is put into words from the code itself.
   */
  public List<Map.Entry<String, String>> answers(String json) {
    List<Map.Entry<String, String>> answers = new ArrayList<>();
    if (blank(json)) {
      return answers;
    }
    try {
      JsonNode node = this.json.readTree(json);
      if (node == null || !node.isObject()) {
        answers.add(Map.entry("Answers", json));
        return answers;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = field.getValue();
        String answer = value.isValueNode() ? feedbackLabels.answer(field.getKey(), value.asText())
            : value.toString();
        answers.add(Map.entry(feedbackLabels.question(field.getKey()), answer));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      answers.add(Map.entry("Answers", json));
    }
    return answers;
  }

  /**
   * Who gave feedback: "The child or young person", "A parent or carer (mother)". The family's own word for
   * the person is added only when it says more than the heading already does.
   */
  public String feedbackFrom(EvaluationView.Feedback feedback) {
    String who = respondent(feedback.respondent());
    String relationship = feedback.relationship() == null ? "" : feedback.relationship().strip();
    if (relationship.isEmpty() || who.toLowerCase(Locale.UK).contains(relationship.toLowerCase(Locale.UK))) {
      return who;
    }
    return who + " (" + relationship + ")";
  }

  /** {@code listensToMe} → "Listens to me"; {@code not-asked} → "Not asked". */
  static String words(String code) {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
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
