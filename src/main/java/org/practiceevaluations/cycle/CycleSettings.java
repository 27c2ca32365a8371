package org.practiceevaluations.cycle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the monthly cycle chooses and allocates (docs/guide.md, "The monthly audit cycle, requests and audit types").
 * Bound from {@code practice-evaluations.cycle.*}; the bean is named {@code cycleSchedule} because the schedule's timer
 * reads {@code ${cycleSchedule.cron}}.
 *
 * @param cron when the cycle starts (Quartz cron; {@code 1W} = the working day nearest the 1st, within the month)
 * @param casesPerTeam cases chosen at random in each team
 * @param lookedAfterPerArea cases most recently looked after, per service area
 * @param childProtectionPlanPerArea cases most recently subject to a child protection plan, per service area
 * @param moderatedShare the share of the month's evaluations that are moderated (0 to 1)
 * @param lookBackMonths a case evaluated within this many months is not chosen again (except re-audits, requests)
 * @param reviewWithinDays the audit manager's review of the selection is due within this many days
 * @param seed a fixed seed makes the selection reproducible (tests); empty = random (each cycle stores its seed)
 */
@ConfigurationProperties("practice-evaluations.cycle")
public record CycleSettings(String cron, int casesPerTeam, int lookedAfterPerArea, int childProtectionPlanPerArea,
    double moderatedShare, int lookBackMonths, int reviewWithinDays, Long seed) {

  public CycleSettings {
    if (cron == null || cron.isBlank()) {
      cron = "0 0 7 1W * ?";
    }
    if (moderatedShare < 0 || moderatedShare > 1) {
      throw new IllegalArgumentException("practice-evaluations.cycle.moderated-share must be between 0 and 1");
    }
  }

  /** Read by the schedule's timer start event. */
  public String getCron() {
    return cron;
  }

  public CycleSelection.Settings selection() {
    return new CycleSelection.Settings(casesPerTeam, lookedAfterPerArea, childProtectionPlanPerArea, moderatedShare,
        lookBackMonths);
  }
}
