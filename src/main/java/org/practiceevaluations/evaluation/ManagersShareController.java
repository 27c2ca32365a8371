package org.practiceevaluations.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.common.BadRequestException;
import org.practiceevaluations.identity.CurrentUser;
import org.practiceevaluations.identity.StaffDirectory;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Managers should complete at least half of the evaluations allocated to them each year" (the guide): for each
 * team manager and practice manager, the evaluations allocated to them in a year and how many they completed
 * themselves. For the audit team.
 */
@RestController
@RequestMapping("/api/reports/managers-share")
public class ManagersShareController {

  private final EvaluationRepository evaluations;
  private final StaffDirectory staff;
  private final CurrentUser currentUser;
  private final Clock clock;

  public ManagersShareController(EvaluationRepository evaluations, StaffDirectory staff, CurrentUser currentUser,
      Clock clock) {
    this.evaluations = evaluations;
    this.staff = staff;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** One manager's year. {@code share} is null when nothing was allocated. */
  public record ManagerShare(String userId, String name, long allocated, long completedThemselves, Double share,
      boolean atLeastHalf) {}

  @GetMapping
  public List<ManagerShare> share(@RequestParam(required = false) Integer year) {
    currentUser.requireAny(StaffGroup.AUDIT_TEAM);
    int y = year == null ? LocalDate.now(clock).getYear() : year;
    if (y < 2000 || y > 2100) {
      throw new BadRequestException("year must be between 2000 and 2100.");
    }
    ZoneId zone = clock.getZone();
    Instant from = LocalDate.of(y, 1, 1).atStartOfDay(zone).toInstant();
    Instant to = LocalDate.of(y + 1, 1, 1).atStartOfDay(zone).toInstant();
    Map<String, long[]> counts = new HashMap<>();
    for (Object[] row : evaluations.allocatedAndCompletedByAuditor(from, to)) {
      counts.put((String) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
    }
    List<String> managers = new ArrayList<>(staff.membersOf(StaffGroup.TEAM_MANAGERS));
    staff.membersOf(StaffGroup.PRACTICE_MANAGERS).stream().filter(m -> !managers.contains(m)).forEach(managers::add);
    return managers.stream().map(m -> {
      long[] c = counts.getOrDefault(m, new long[] {0, 0});
      Double share = c[0] == 0 ? null : (double) c[1] / c[0];
      return new ManagerShare(m, staff.displayName(m), c[0], c[1], share, share != null && share >= 0.5);
    }).sorted(Comparator.comparing(ManagerShare::userId)).toList();
  }
}
