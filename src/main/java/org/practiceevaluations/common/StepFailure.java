package org.practiceevaluations.common;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a step of a process stopped, as the code that stops it says it. The message a step fails with starts with a
 * tag, {@code [mail-not-sent template=evaluation-shared people=2]}, before the words for a technical reader; the
 * engine keeps the message with the incident, and the audit manager's overview explains the incident from the tag
 * and its facts ({@code audit.IncidentCauses}), never from the words. Facts are codes and counts, never names.
 */
public enum StepFailure {
  /** The mail server refused or could not be reached for some recipients. Facts: template, people, refused. */
  MAIL_NOT_SENT,
  /** Another try of the same mail was under way at the same moment. Facts: template. */
  MAIL_UNDER_WAY,
  /** A notification names an evaluation the application does not have. Facts: template, evaluation. */
  MAIL_EVALUATION_UNKNOWN,
  /** A notification about an evaluation, in a process linked to none. Facts: template. */
  MAIL_EVALUATION_NOT_NAMED,
  /** A mail template could not be filled in. Facts: template. */
  MAIL_TEMPLATE_BROKEN,
  /** A notification step names no template the application knows. */
  MAIL_TEMPLATE_UNKNOWN,
  /** The decision table of who receives which mail is missing or names an unknown role. */
  RECIPIENTS_TABLE,
  /** The document store could not save or open a file. Facts: action (save, open, delete). */
  FILE_STORE,
  /** A deadlines decision gave no duration for a deadline. Facts: table, deadline. */
  DEADLINE_MISSING,
  /** A deadlines decision gave an empty or unreadable duration. Facts: table. */
  DEADLINE_INVALID,
  /** A recording step names a kind of case note the application does not know. */
  NOTE_KIND_UNKNOWN,
  /** One of the application's own steps stopped, saying why in words that name references, never people. */
  STEP_STOPPED;

  private static final Pattern TAG = Pattern.compile("^\\[([a-z-]+)((?: [a-z-]+=[\\w.,-]+)*)] ?");
  private static final Pattern FACT = Pattern.compile(" ([a-z-]+)=([\\w.,-]+)");
  private static final Pattern SAFE = Pattern.compile("[\\w.,-]+");

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The message a step fails with: the tag with its facts, then the words. */
  public String say(Map<String, ?> facts, String words) {
    StringBuilder tag = new StringBuilder("[").append(code());
    facts.forEach((name, value) -> {
      String text = String.valueOf(value);
      if (!SAFE.matcher(text).matches()) {
        throw new IllegalArgumentException("A fact of a step failure is a code or a count: " + name);
      }
      tag.append(' ').append(name).append('=').append(text);
    });
    return tag.append("] ").append(words).toString();
  }

  public String say(String words) {
    return say(Map.of(), words);
  }

  /** A failure read back from a message, with its facts and words. */
  public record Told(StepFailure failure, Map<String, String> facts, String words) {

    public String fact(String name) {
      return facts.getOrDefault(name, "");
    }
  }

  /** The failure a message tells, if it was said by {@link #say}. */
  public static Optional<Told> read(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher tag = TAG.matcher(message.strip());
    if (!tag.find()) {
      return Optional.empty();
    }
    Optional<StepFailure> failure = Arrays.stream(values()).filter(f -> f.code().equals(tag.group(1))).findFirst();
    if (failure.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> facts = new LinkedHashMap<>();
    Matcher fact = FACT.matcher(tag.group(2));
    while (fact.find()) {
      facts.put(fact.group(1), fact.group(2));
    }
    return Optional.of(new Told(failure.get(), facts, message.strip().substring(tag.end())));
  }
}
