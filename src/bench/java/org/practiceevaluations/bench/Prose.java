package org.practiceevaluations.bench;

import java.util.List;

/**
 * Realistic free text for the answers: what auditors write, a few hundred characters to a couple of thousand per
 * field, the same for the same seed (the figures must not depend on luck).
 */
final class Prose {

  private static final List<String> SENTENCES = List.of(
      "The chronology is up to date and shows the key events of the last six months clearly.",
      "The child's voice comes through in the visit records, with direct quotes from her about school and home.",
      "Visits have been completed within timescales and were purposeful, with clear links to the plan.",
      "The assessment considers the impact of the father's drinking on the children, but the analysis of risk could "
          + "go further in weighing the protective factors.",
      "Management oversight is evident on the file; the team manager's direction at the last two supervisions is "
          + "specific and time-bound.",
      "Partner agencies were involved in the core group, and the school's concerns about attendance were followed up.",
      "The plan is SMART in most places, though two actions have no named owner and no date.",
      "Identity and culture are considered: the family's first language is recorded and an interpreter was used.",
      "Recording is timely, respectful and written to the child, which she will be able to read when she is older.",
      "There is evidence of progress: the children are attending school more regularly and the home conditions "
          + "have improved since the last review.",
      "Mum said she feels listened to and understands what needs to change; dad has not engaged with the work.",
      "The social worker's direct work with the younger child, using the three houses tool, is an example of good "
          + "practice to share with the team.",
      "An updated risk assessment is needed following the new information from the police in the last month.",
      "The worker would benefit from training on working with fathers who are reluctant to engage.");

  private Prose() {}

  /** About {@code length} characters of prose. */
  static String text(int seed, int length) {
    StringBuilder text = new StringBuilder(length + 200);
    int i = Math.floorMod(seed * 7 + 3, SENTENCES.size());
    while (text.length() < length) {
      if (text.length() > 0) {
        text.append(text.length() % 3 == 0 ? "\n\n" : " ");
      }
      text.append(SENTENCES.get(i));
      i = (i + 5) % SENTENCES.size();
    }
    return text.toString();
  }
}
