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
  private static final Map<String, String> QUESTIONS = new HashMap<>();
  private static final Map<String, Map<String, String>> ANSWERS = new HashMap<>();

  static {
    try (InputStream in = FeedbackFormLabels.class.getClassLoader().getResourceAsStream(FORM)) {
      if (in != null) {
        collect(new ObjectMapper().readTree(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The family feedback form " + FORM + " could not be read", e);
    }
  }

  private FeedbackFormLabels() {}

  private static void collect(JsonNode component) {
    String key = component.path("key").asText("");
    if (!key.isEmpty() && component.path("values").isArray() && component.hasNonNull("label")) {
      String code = key.startsWith(CHILD_PREFIX) ? key.substring(CHILD_PREFIX.length()) : key;
      QUESTIONS.put(code, component.get("label").asText());
      Map<String, String> answers = new HashMap<>();
      for (JsonNode option : component.get("values")) {
        answers.put(option.path("value").asText(), option.path("label").asText());
      }
      ANSWERS.put(code, answers);
    }
    for (JsonNode child : component.path("components")) {
      collect(child);
    }
  }

  /** The question the form asked for this code. */
  static String question(String code) {
    return QUESTIONS.getOrDefault(code, Wording.words(code));
  }

  /** The answer the person chose, as the form showed it. */
  static String answer(String questionCode, String answerCode) {
    String label = ANSWERS.getOrDefault(questionCode, Map.of()).get(answerCode);
    return label != null ? label : Wording.words(answerCode);
  }
}
