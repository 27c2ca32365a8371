package org.practiceevaluations.concern;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who re-audits an inadequate case (docs/guide.md, "Cases of concern"): the first auditor, who knows the earlier
 * findings, while they are still an auditor and neither the case's social worker nor its team manager now; otherwise
 * the auditor with the fewest evaluations open (ties by user id, so the choice is repeatable). Plain logic.
 */
public final class ReAuditorChoice {

  private ReAuditorChoice() {}

  /**
   * @param earlierAuditor the auditor of the evaluation followed up
   * @param auditorLoads every member of the auditors group with their evaluations open
   * @param notThem the case's people now, who may not audit it (social worker, team manager)
   */
  public static Optional<String> choose(String earlierAuditor, Map<String, Integer> auditorLoads, Set<String> notThem) {
    if (earlierAuditor != null && auditorLoads.containsKey(earlierAuditor) && !notThem.contains(earlierAuditor)) {
      return Optional.of(earlierAuditor);
    }
    return auditorLoads.entrySet().stream().filter(e -> !notThem.contains(e.getKey()))
        .min(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey);
  }
}
