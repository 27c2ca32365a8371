package org.practiceevaluations.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Chooses a month's cases and allocates them (docs/guide.md, "The monthly audit cycle, requests and audit types"), as
 * plain logic: the same inputs and seed always give the same selection, so a cycle can be explained afterwards and
 * tests know the exact answer.
 * <ol>
 *   <li>Queued re-audits that are due, and accepted requests, come first (the 12-month rule does not apply).</li>
 *   <li>Per service area, the open cases most recently looked after and most recently subject to a child
 *       protection plan.</li>
 *   <li>Per team, a number of open cases at random.</li>
 * </ol>
 * Only open cases; a case evaluated in the last 12 months is skipped unless it is a re-audit or an accepted request.
 * Each case gets the least-loaded auditor who is not its own team manager or social worker; a share is moderated, by
 * the least-loaded moderator who is not the auditor.
 */
public final class CycleSelection {

  private CycleSelection() {}

  /** Why a case is in the cycle. */
  public enum Category { RE_AUDIT, REQUEST, LOOKED_AFTER, CHILD_PROTECTION_PLAN, RANDOM, THEME, BY_HAND }

  /** A case on the register, with what the selection needs to know. */
  public record Candidate(String childReference, String teamCode, String serviceAreaCode, String teamManager,
      String socialWorker, LocalDate lookedAfterSince, LocalDate childProtectionPlanSince, boolean open,
      LocalDate lastEvaluatedOn) {}

  /** A queued re-audit or an accepted request. */
  public record Queued(long queueId, String childReference, Category category, String previousEvaluationReference) {}

  public record Settings(int casesPerTeam, int lookedAfterPerArea, int childProtectionPlanPerArea,
      double moderatedShare, int lookBackMonths) {}

  /** One proposed evaluation. {@code moderator} is null when not moderated. */
  public record Proposal(String childReference, Category category, String auditor, String moderator,
      Long queueId, String previousEvaluationReference) {}

  /** Cases that could not be allocated, with the reason in plain words. */
  public record Result(List<Proposal> proposals, List<String> unallocated) {}

  public static Result select(List<Candidate> register, List<Queued> queue, Settings settings,
      Map<String, Integer> auditorLoads, Map<String, Integer> moderatorLoads, LocalDate cycleDate, long seed) {
    Random random = new Random(seed);
    Map<String, Candidate> byReference = register.stream()
        .collect(Collectors.toMap(Candidate::childReference, c -> c, (a, b) -> a, LinkedHashMap::new));
    LocalDate lookBack = cycleDate.minusMonths(settings.lookBackMonths());
    Map<String, Picked> picked = new LinkedHashMap<>();
    List<String> unallocated = new ArrayList<>();

    for (Queued q : queue) {
      Candidate c = byReference.get(q.childReference());
      if (c == null || !c.open()) {
        unallocated.add(q.childReference() + ": the case is not open on the register.");
      } else if (!picked.containsKey(c.childReference())) {
        picked.put(c.childReference(), new Picked(c, q.category(), q.queueId(), q.previousEvaluationReference()));
      }
    }

    List<Candidate> eligible = register.stream()
        .filter(Candidate::open)
        .filter(c -> c.lastEvaluatedOn() == null || c.lastEvaluatedOn().isBefore(lookBack))
        .sorted(Comparator.comparing(Candidate::childReference))
        .toList();
    Map<String, List<Candidate>> byArea = new TreeMap<>(eligible.stream()
        .collect(Collectors.groupingBy(Candidate::serviceAreaCode)));
    for (List<Candidate> area : byArea.values()) {
      takeMostRecent(area, Candidate::lookedAfterSince, settings.lookedAfterPerArea(), Category.LOOKED_AFTER, picked);
      takeMostRecent(area, Candidate::childProtectionPlanSince, settings.childProtectionPlanPerArea(),
          Category.CHILD_PROTECTION_PLAN, picked);
    }
    Map<String, List<Candidate>> byTeam = new TreeMap<>(eligible.stream()
        .collect(Collectors.groupingBy(Candidate::teamCode)));
    for (List<Candidate> team : byTeam.values()) {
      List<Candidate> pool = new ArrayList<>(team.stream().filter(c -> !picked.containsKey(c.childReference())).toList());
      Collections.shuffle(pool, random);
      pool.stream().limit(settings.casesPerTeam())
          .forEach(c -> picked.put(c.childReference(), new Picked(c, Category.RANDOM, null, null)));
    }
    return allocate(new ArrayList<>(picked.values()), settings, auditorLoads, moderatorLoads, random, unallocated);
  }

  /** Allocates auditors (and a share of moderators) to already chosen cases, e.g. a thematic cohort. */
  public static Result allocate(List<Candidate> cases, Category category, Settings settings,
      Map<String, Integer> auditorLoads, Map<String, Integer> moderatorLoads, long seed) {
    List<Picked> picked = cases.stream().map(c -> new Picked(c, category, null, null)).toList();
    return allocate(picked, settings, auditorLoads, moderatorLoads, new Random(seed), new ArrayList<>());
  }

  private static Result allocate(List<Picked> picked, Settings settings, Map<String, Integer> auditorLoads,
      Map<String, Integer> moderatorLoads, Random random, List<String> unallocated) {
    List<String> auditors = shuffled(auditorLoads.keySet(), random);
    List<String> moderators = shuffled(moderatorLoads.keySet(), random);
    Map<String, Integer> auditorLoad = new HashMap<>(auditorLoads);
    Map<String, Integer> moderatorLoad = new HashMap<>(moderatorLoads);

    int toModerate = (int) Math.round(settings.moderatedShare() * picked.size());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < picked.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    Set<Integer> moderated = Set.copyOf(order.subList(0, Math.min(toModerate, order.size())));

    List<Proposal> proposals = new ArrayList<>();
    for (int i = 0; i < picked.size(); i++) {
      Picked p = picked.get(i);
      Candidate c = p.candidate();
      String auditor = leastLoaded(auditors, auditorLoad, Set.of(nz(c.teamManager()), nz(c.socialWorker())));
      if (auditor == null) {
        unallocated.add(c.childReference() + ": no auditor is free of a conflict with the case.");
        continue;
      }
      auditorLoad.merge(auditor, 1, Integer::sum);
      String moderator = null;
      if (moderated.contains(i)) {
        moderator = leastLoaded(moderators, moderatorLoad, Set.of(auditor, nz(c.teamManager()), nz(c.socialWorker())));
        if (moderator != null) {
          moderatorLoad.merge(moderator, 1, Integer::sum);
        }
      }
      proposals.add(new Proposal(c.childReference(), p.category(), auditor, moderator, p.queueId(),
          p.previousEvaluationReference()));
    }
    return new Result(proposals, unallocated);
  }

  private static void takeMostRecent(List<Candidate> area, java.util.function.Function<Candidate, LocalDate> date,
      int count, Category category, Map<String, Picked> picked) {
    area.stream()
        .filter(c -> date.apply(c) != null && !picked.containsKey(c.childReference()))
        .sorted(Comparator.comparing(date).reversed().thenComparing(Candidate::childReference))
        .limit(count)
        .forEach(c -> picked.put(c.childReference(), new Picked(c, category, null, null)));
  }

  private static String leastLoaded(List<String> pool, Map<String, Integer> load, Set<String> excluded) {
    String best = null;
    for (String person : pool) {
      if (excluded.contains(person)) {
        continue;
      }
      if (best == null || load.getOrDefault(person, 0) < load.getOrDefault(best, 0)) {
        best = person;
      }
    }
    return best;
  }

  private static List<String> shuffled(java.util.Collection<String> people, Random random) {
    List<String> list = new ArrayList<>(people.stream().sorted().toList());
    Collections.shuffle(list, random);
    return list;
  }

  private static String nz(String s) {
    return Objects.requireNonNullElse(s, "");
  }

  private record Picked(Candidate candidate, Category category, Long queueId, String previousEvaluationReference) {}
}
