package org.practiceevaluations.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.identity.StaffDirectory;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "All managers should be completing at least 50% of their practice evaluations each year" (docs/guide.md, "The
 * monthly audit cycle, requests and audit types"): for each team manager and practice manager, the evaluations allocated to them in a period and how many
 * they completed themselves. Read by the REST API, the Cockpit audit overview and the quarterly report.
 */
@Service
@Transactional(readOnly = true)
public class ManagersShares {

  /** The share below which a manager is named (the guide's "at least 50%"). */
  public static final double AT_LEAST = 0.5;

  private final EvaluationRepository evaluations;
  private final StaffDirectory staff;

  public ManagersShares(EvaluationRepository evaluations, StaffDirectory staff) {
    this.evaluations = evaluations;
    this.staff = staff;
  }

  /** One manager's period. {@code share} is null when nothing was allocated to them. */
  public record Share(String userId, String name, long allocated, long completedThemselves, Double share,
      boolean atLeastHalf, boolean belowHalf) {}

  /** The rule, plain: the share of allocated evaluations a manager completed themselves, or null when none. */
  public static Double share(long allocated, long completedThemselves) {
    return allocated == 0 ? null : (double) completedThemselves / allocated;
  }

  /** Below half: something was allocated and fewer than half were completed by the manager themselves. */
  public static boolean belowHalf(long allocated, long completedThemselves) {
    Double share = share(allocated, completedThemselves);
    return share != null && share < AT_LEAST;
  }

  /** Every team and practice manager, for evaluations allocated in [from, to), sorted by user id. */
  public List<Share> between(Instant from, Instant to) {
    Map<String, long[]> counts = new HashMap<>();
    for (Object[] row : evaluations.allocatedAndCompletedByAuditor(from, to)) {
      counts.put((String) row[0], new long[] {((Number) row[1]).longValue(),
          row[2] == null ? 0 : ((Number) row[2]).longValue()});
    }
    List<String> managers = new ArrayList<>(staff.membersOf(StaffGroup.TEAM_MANAGERS));
    staff.membersOf(StaffGroup.PRACTICE_MANAGERS).stream().filter(m -> !managers.contains(m)).forEach(managers::add);
    return managers.stream().map(m -> {
      long[] c = counts.getOrDefault(m, new long[] {0, 0});
      Double share = share(c[0], c[1]);
      return new Share(m, staff.displayName(m), c[0], c[1], share, share != null && share >= AT_LEAST,
          belowHalf(c[0], c[1]));
    }).sorted(Comparator.comparing(Share::userId)).toList();
  }

  /** The calendar year to {@code to} (exclusive): from 1 January of the year of the day before {@code to}. */
  public List<Share> yearTo(LocalDate toExclusive, ZoneId zone) {
    LocalDate from = LocalDate.of(toExclusive.minusDays(1).getYear(), 1, 1);
    return between(from.atStartOfDay(zone).toInstant(), toExclusive.atStartOfDay(zone).toInstant());
  }
}
