package org.practiceevaluations.learning;

import java.util.List;

/**
 * A learning or development need recorded in an evaluation: its section 14 commentary (first auditor's or
 * moderator's), or the moderator's learning for the auditor or for the team. {@code text} is what people typed.
 */
public record LearningNeed(String evaluationReference, String teamCode, String teamName, String areaName,
    Source source, String text, List<String> themes) {

  /** Where in the evaluation it was recorded. */
  public enum Source {
    SECTION_14("Section 14 (first auditor)"),
    SECTION_14_MODERATOR("Section 14 (moderator)"),
    MODERATOR_FOR_AUDITOR("Moderator's learning for the auditor"),
    MODERATOR_FOR_TEAM("Moderator's learning for the team");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
