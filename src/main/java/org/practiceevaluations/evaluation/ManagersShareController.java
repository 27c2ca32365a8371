package org.practiceevaluations.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.practiceevaluations.common.BadRequestException;
import org.practiceevaluations.identity.CurrentUser;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Managers should complete at least half of the evaluations allocated to them each year" (the guide): for each
 * team manager and practice manager, the evaluations allocated to them in a year and how many they completed
 * themselves ({@link ManagersShares}). For the audit team.
 */
@RestController
@RequestMapping("/api/reports/managers-share")
public class ManagersShareController {

  private final ManagersShares shares;
  private final CurrentUser currentUser;
  private final Clock clock;

  public ManagersShareController(ManagersShares shares, CurrentUser currentUser, Clock clock) {
    this.shares = shares;
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
    return shares.between(from, to).stream().map(s -> new ManagerShare(s.userId(), s.name(), s.allocated(),
        s.completedThemselves(), s.share(), s.atLeastHalf())).toList();
  }
}
