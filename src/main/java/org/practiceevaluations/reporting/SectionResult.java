package org.practiceevaluations.reporting;

import java.util.Map;
import org.practiceevaluations.catalogue.Judgement;

/**
 * How one section of the evaluation form was judged across a set of evaluations.
 *
 * @param counts how many evaluations gave each judgement (every judgement present, zero included)
 * @param judged the evaluations that judged it (not "not relevant")
 * @param goodOrBetterShare outstanding or good, of those judged; null when none judged it
 * @param meanScore outstanding 4, good 3, requires improvement 2, inadequate 1, averaged over those judged; null
 *     when none judged it (breaks ties between equal shares)
 */
public record SectionResult(int number, String key, String title, Map<Judgement, Integer> counts, int judged,
    Double goodOrBetterShare, Double meanScore) {

  public int count(Judgement judgement) {
    return counts.getOrDefault(judgement, 0);
  }
}
