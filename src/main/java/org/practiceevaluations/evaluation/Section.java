package org.practiceevaluations.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * The fifteen sections of the evaluation form. Sections 1 to 14 each carry a judgement and a commentary;
 * section 13 also carries the actions, section 15 the overall grade and the reflective discussion.
 */
public enum Section {
  CHILDS_JOURNEY(1, "The child's journey and case summary"),
  VOICE_OF_THE_CHILD(2, "Voice and lived experience of the child"),
  ASSESSMENT(3, "Assessment of need and risk"),
  PLANNING(4, "Planning"),
  VISITS_AND_DIRECT_WORK(5, "Visits and direct work"),
  PARTNER_AGENCIES(6, "Working with partner agencies"),
  MANAGEMENT_OVERSIGHT(7, "Management oversight and supervision"),
  IDENTITY_AND_DIVERSITY(8, "Identity, diversity and culture"),
  RECORDING(9, "Recording"),
  PROGRESS_AND_IMPACT(10, "Progress and impact for the child"),
  FAMILY_VIEWS(11, "What the family told us"),
  GOOD_PRACTICE(12, "Good practice to share"),
  IMPROVEMENTS_AND_ACTIONS(13, "Areas for improvement and actions"),
  LEARNING_NEEDS(14, "Learning and development needs"),
  OVERALL(15, "Overall grade and reflective discussion with the team");

  private final int number;
  private final String title;

  Section(int number, String title) {
    this.number = number;
    this.title = title;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  /** Sections judged with a {@link Judgement} and a commentary (1 to 14). */
  public static List<Section> judged() {
    return Arrays.stream(values()).filter(s -> s != OVERALL).toList();
  }

  public static Section byNumber(int number) {
    return Arrays.stream(values()).filter(s -> s.number == number).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No section " + number));
  }
}
