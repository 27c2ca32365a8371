package org.practiceevaluations.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The family feedback form's questions and answers in words, read from the form itself
 * ({@code forms/family-feedback.form} on the class path), so what the documents print is what the auditor saw:
 * {@code yp_listensToMe} is "Listens to me and takes my views seriously", its answer {@code not-asked} is "Not
 * asked". The feedback table stores the codes ({@code {"listensToMe":"always"}}, without the form's {@code yp_}
 * prefix); a code the shipped form does not have (a process owner changed the form) is put into words from the code.
 */
final class FeedbackFormLabels {

  static final String FORM = "forms/family-feedback.form";
  private static final String CHILD_PREFIX = "yp_";
  private final Map<String, String> questions = new HashMap<>();
  private final Map<String, Map<String, String>> answers = new HashMap<>();

  /** Reads the form with {@code json}, the application's (Spring's) {@code ObjectMapper}. */
  FeedbackFormLabels(ObjectMapper json) {
    try (InputStream in = FeedbackFormLabels.class.getClassLoader().getResourceAsStream(FORM)) {
      if (in != null) {
        collect(json.readTree(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The family feedback form " + FORM + " could not be read", e);
    }
  }

  private void collect(JsonNode component) {
    String key = component.path("key").asText("");
    if (!key.isEmpty() && component.path("values").isArray() && component.hasNonNull("label")) {
      String code = key.startsWith(CHILD_PREFIX) ? key.substring(CHILD_PREFIX.length()) : key;
      questions.put(code, component.get("label").asText());
      Map<String, String> answers = new HashMap<>();
      for (JsonNode option : component.get("values")) {
        answers.put(option.path("value").asText(), option.path("label").asText());
      }
      this.answers.put(code, answers);
    }
    for (JsonNode child : component.path("components")) {
      collect(child);
    }
  }

  /** The question the form asked for this code. */
  String question(String code) {
    return questions.getOrDefault(code, Wording.words(code));
  }

  /** The answer the person chose, as the form showed it. */
  String answer(String questionCode, String answerCode) {
    String label = answers.getOrDefault(questionCode, Map.of()).get(answerCode);
    return label != null ? label : Wording.words(answerCode);
  }
}
