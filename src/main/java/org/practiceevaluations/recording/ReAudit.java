package org.practiceevaluations.recording;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.practiceevaluations.evaluation.RecordingVariables;

/**
 * What the process knows about the re-audit of an inadequate evaluation (docs/guide.md, "Cases of concern"), from the
 * variables {@code reAuditOutcome}, {@code reAuditEvaluationReference} and {@code reAuditNotes}; each may be missing.
 */
public record ReAudit(Outcome outcome, String reAuditReference, String notes) {

  public static final ReAudit NONE = new ReAudit(null, null, null);

  public enum Outcome {
    IMPROVED_AND_SUSTAINED("improved-and-sustained", "improved and sustained"),
    STILL_INADEQUATE("still-inadequate", "still inadequate");

    private final String code;
    private final String words;

    Outcome(String code, String words) {
      this.code = code;
      this.words = words;
    }

    public String code() {
      return code;
    }

    public String words() {
      return words;
    }

    /** By code; null when missing; anything else is refused with the codes that exist. */
    public static Outcome parse(String code) {
      if (code == null || code.isBlank()) {
        return null;
      }
      for (Outcome outcome : values()) {
        if (outcome.code.equals(code.trim())) {
          return outcome;
        }
      }
      throw new IllegalArgumentException("Unknown re-audit outcome '" + code + "': the variable '"
          + RecordingVariables.RE_AUDIT_OUTCOME.name() + "' must be one of "
          + Arrays.stream(values()).map(Outcome::code).collect(Collectors.joining(", ")) + ".");
    }
  }
}
