package org.practiceevaluations.recording;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.practiceevaluations.common.StepFailure;
import org.practiceevaluations.evaluation.RecordingVariables;

/** The "case audit" case notes the audit team's steps add, chosen by the step's {@code noteKind} input. */
public enum NoteKind {
  /** docs/guide.md, "Recording": summary, final grade, every action with its owner and due date. */
  EVALUATION_SUMMARY("evaluation-summary"),
  /** docs/guide.md, "A disputed grade": the reflective discussion of a grade the team disputed, and its outcome. */
  GRADING_DISCUSSION("grading-discussion"),
  /**
   * docs/guide.md, "Cases of concern": the re-audit of an inadequate evaluation, improved and sustained or still
   * inadequate.
   */
  RE_AUDIT_OUTCOME("re-audit-outcome"),
  /**
   * docs/guide.md, "The team's follow-up": the team manager's note on the progress of the actions, after supervision.
   */
  TEAM_PROGRESS("team-progress");

  private final String code;

  NoteKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** By code; anything else is a modelling error, reported with the codes that exist. */
  public static NoteKind parse(String code) {
    for (NoteKind kind : values()) {
      if (kind.code.equals(code == null ? null : code.trim())) {
        return kind;
      }
    }
    throw new IllegalArgumentException(StepFailure.NOTE_KIND_UNKNOWN.say("Unknown case note kind '" + code
        + "': the step's input parameter '" + RecordingVariables.NOTE_KIND.name() + "' must be one of "
        + Arrays.stream(values()).map(NoteKind::code).collect(Collectors.joining(", ")) + "."));
  }
}
