package org.practiceevaluations.learning;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.practiceevaluations.filing.ReportPeriod;

/**
 * The learning and development needs of a period, by team and theme (docs/guide.md, "Learning from evaluations": every
 * two months to the learning and development manager and the consultant social workers).
 *
 * @param evaluations how many evaluations completed in the period were read
 * @param byTeam team name → theme → how many needs (a need in two themes counts in both)
 */
public record LearningNeedsSummary(String reference, ReportPeriod period, Instant asOf, int evaluations,
    List<LearningNeed> needs, List<String> themes, Map<String, Map<String, Integer>> byTeam,
    Map<String, Integer> byTheme) {

  static LearningNeedsSummary of(String reference, ReportPeriod period, Instant asOf, int evaluations,
      List<LearningNeed> needs, List<String> themeNames) {
    Map<String, Integer> byTheme = new LinkedHashMap<>();
    themeNames.forEach(t -> byTheme.put(t, 0));
    Map<String, Map<String, Integer>> byTeam = new LinkedHashMap<>();
    for (LearningNeed need : needs) {
      Map<String, Integer> team = byTeam.computeIfAbsent(need.teamName(), t -> new LinkedHashMap<>());
      for (String theme : need.themes()) {
        team.merge(theme, 1, Integer::sum);
        byTheme.merge(theme, 1, Integer::sum);
      }
    }
    return new LearningNeedsSummary(reference, period, asOf, evaluations, needs, themeNames, byTeam, byTheme);
  }

  /** The needs of one theme. */
  public List<LearningNeed> needsIn(String theme) {
    return needs.stream().filter(n -> n.themes().contains(theme)).toList();
  }

  public int count(String team, String theme) {
    return byTeam.getOrDefault(team, Map.of()).getOrDefault(theme, 0);
  }

  /** For the e-mail: counts only, never the text people typed (it can name people). */
  public String mailSummary() {
    if (needs.isEmpty()) {
      return "No learning or development needs were recorded in the " + evaluations
          + " evaluations completed in this period.";
    }
    StringBuilder text = new StringBuilder();
    text.append(needs.size()).append(needs.size() == 1 ? " learning need" : " learning needs").append(" from ")
        .append(evaluations).append(evaluations == 1 ? " evaluation" : " evaluations").append(".\n\nBy theme:\n");
    byTheme.entrySet().stream().filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> text.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
    text.append("\nBy team:\n");
    byTeam.forEach((team, themes) -> text.append("- ").append(team).append(": ")
        .append(themes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "))).append('\n'));
    return text.toString().stripTrailing();
  }
}
