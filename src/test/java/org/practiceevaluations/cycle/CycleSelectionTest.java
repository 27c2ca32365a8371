package org.practiceevaluations.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.cycle.CycleSelection.Candidate;
import org.practiceevaluations.cycle.CycleSelection.Category;
import org.practiceevaluations.cycle.CycleSelection.Proposal;
import org.practiceevaluations.cycle.CycleSelection.Queued;
import org.practiceevaluations.cycle.CycleSelection.Result;
import org.practiceevaluations.cycle.CycleSelection.Settings;

/** The monthly selection on a small known register: exact answers for a fixed seed. */
class CycleSelectionTest {

  static final LocalDate CYCLE = LocalDate.of(2026, 3, 2);
  static final Settings ONE_EACH = new Settings(1, 1, 1, 0.0, 12);

  /** Two teams in area A (T1: manager tm1, T2: manager tm2), one team in area B (T3: manager tm3). */
  static List<Candidate> register() {
    List<Candidate> r = new ArrayList<>();
    r.add(new Candidate("A1", "T1", "A", "tm1", "sw1", null, null, true, null));
    r.add(new Candidate("A2", "T1", "A", "tm1", "sw1", LocalDate.of(2026, 1, 10), null, true, null));
    r.add(new Candidate("A3", "T1", "A", "tm1", "sw2", LocalDate.of(2025, 6, 1), null, true, null));
    r.add(new Candidate("A4", "T1", "A", "tm1", "sw2", null, LocalDate.of(2026, 2, 1), true,
        LocalDate.of(2025, 9, 1)));
    r.add(new Candidate("A5", "T2", "A", "tm2", "sw3", null, LocalDate.of(2025, 12, 1), true, null));
    r.add(new Candidate("A6", "T2", "A", "tm2", "sw3", null, null, false, null));
    r.add(new Candidate("A7", "T2", "A", "tm2", "sw3", null, null, true, null));
    r.add(new Candidate("B1", "T3", "B", "tm3", "sw4", LocalDate.of(2026, 2, 20), null, true, null));
    r.add(new Candidate("B2", "T3", "B", "tm3", "sw4", null, LocalDate.of(2026, 2, 25), true, null));
    r.add(new Candidate("B3", "T3", "B", "tm3", "sw4", null, null, true, LocalDate.of(2026, 1, 1)));
    r.add(new Candidate("B4", "T3", "B", "tm3", "sw4", null, null, true, null));
    return r;
  }

  static Map<String, Integer> auditors() {
    Map<String, Integer> loads = new LinkedHashMap<>();
    loads.put("tm1", 0);
    loads.put("tm2", 0);
    loads.put("tm3", 0);
    loads.put("iro1", 0);
    return loads;
  }

  @Test
  void choosesCategoriesPerAreaThenOneRandomCasePerTeamReproduciblyForASeed() {
    Result first = CycleSelection.select(register(), List.of(), ONE_EACH, auditors(), Map.of("mod1", 0), CYCLE, 42);
    Result again = CycleSelection.select(register(), List.of(), ONE_EACH, auditors(), Map.of("mod1", 0), CYCLE, 42);
    assertThat(first).isEqualTo(again);

    Map<String, Category> chosen = new LinkedHashMap<>();
    first.proposals().forEach(p -> chosen.put(p.childReference(), p.category()));
    // area A: most recently looked after A2 (Jan 2026); most recent CP plan A5 (A4 was evaluated 6 months ago)
    // area B: most recently looked after B1; most recent CP plan B2
    assertThat(chosen).containsEntry("A2", Category.LOOKED_AFTER).containsEntry("A5", Category.CHILD_PROTECTION_PLAN)
        .containsEntry("B1", Category.LOOKED_AFTER).containsEntry("B2", Category.CHILD_PROTECTION_PLAN);
    // one random case per team from what is left and eligible: T1 from {A1, A3}, T2 {A7}, T3 {B4}
    assertThat(chosen.entrySet().stream().filter(e -> e.getValue() == Category.RANDOM).map(Map.Entry::getKey))
        .hasSize(3).contains("A7", "B4").containsAnyOf("A1", "A3");
    assertThat(chosen).doesNotContainKeys("A4", "A6", "B3");
    // with seed 42 the whole selection and allocation is known exactly
    assertThat(first.proposals()).extracting(Proposal::childReference, Proposal::auditor).containsExactly(
        org.assertj.core.groups.Tuple.tuple("A2", "tm2"), org.assertj.core.groups.Tuple.tuple("A5", "tm1"),
        org.assertj.core.groups.Tuple.tuple("B1", "iro1"), org.assertj.core.groups.Tuple.tuple("B2", "tm1"),
        org.assertj.core.groups.Tuple.tuple("A1", "tm3"), org.assertj.core.groups.Tuple.tuple("A7", "tm3"),
        org.assertj.core.groups.Tuple.tuple("B4", "tm2"));
  }

  @Test
  void closedCasesAndCasesEvaluatedInTheLastTwelveMonthsAreSkipped() {
    Result result = CycleSelection.select(register(), List.of(), new Settings(10, 0, 0, 0.0, 12), auditors(),
        Map.of(), CYCLE, 7);
    assertThat(result.proposals()).extracting(Proposal::childReference)
        .containsExactlyInAnyOrder("A1", "A2", "A3", "A5", "A7", "B1", "B2", "B4");
  }

  @Test
  void reAuditsAndAcceptedRequestsComeFirstEvenIfRecentlyEvaluated() {
    List<Queued> queue = List.of(
        new Queued(1, "B3", Category.RE_AUDIT, "PE-2026-0001"),
        new Queued(2, "A4", Category.REQUEST, null),
        new Queued(3, "A6", Category.REQUEST, null));
    Result result = CycleSelection.select(register(), queue, ONE_EACH, auditors(), Map.of(), CYCLE, 42);
    assertThat(result.proposals().get(0)).isEqualTo(result.proposals().stream()
        .filter(p -> p.childReference().equals("B3")).findFirst().orElseThrow());
    assertThat(result.proposals().get(0).category()).isEqualTo(Category.RE_AUDIT);
    assertThat(result.proposals().get(0).previousEvaluationReference()).isEqualTo("PE-2026-0001");
    assertThat(result.proposals().get(1).childReference()).isEqualTo("A4");
    assertThat(result.proposals().get(1).queueId()).isEqualTo(2L);
    assertThat(result.unallocated()).containsExactly("A6: the case is not open on the register.");
  }

  @Test
  void noCaseIsAuditedByItsOwnTeamManagerOrSocialWorkerAndLoadIsBalanced() {
    Result result = CycleSelection.select(register(), List.of(), new Settings(10, 1, 1, 0.0, 12), auditors(),
        Map.of(), CYCLE, 3);
    Map<String, Candidate> byRef = new LinkedHashMap<>();
    register().forEach(c -> byRef.put(c.childReference(), c));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Proposal p : result.proposals()) {
      Candidate c = byRef.get(p.childReference());
      assertThat(p.auditor()).isNotEqualTo(c.teamManager()).isNotEqualTo(c.socialWorker());
      counts.merge(p.auditor(), 1, Integer::sum);
    }
    assertThat(counts.values().stream().mapToInt(Integer::intValue).max().getAsInt()
        - counts.values().stream().mapToInt(Integer::intValue).min().getAsInt()).isLessThanOrEqualTo(1);
  }

  @Test
  void anExistingLoadIsTakenIntoAccount() {
    Map<String, Integer> loads = auditors();
    loads.put("iro1", 5);
    loads.put("tm2", 5);
    loads.put("tm3", 5);
    Result result = CycleSelection.select(register(), List.of(), ONE_EACH, loads, Map.of(), CYCLE, 11);
    // tm1 takes every case it may take (not its own team T1) before anyone else gets a sixth
    assertThat(result.proposals().stream().filter(p -> !p.childReference().startsWith("A")
        || p.childReference().equals("A5") || p.childReference().equals("A7")).map(Proposal::auditor))
        .containsOnly("tm1");
  }

  @Test
  void aShareIsModeratedByAModeratorWhoIsNotTheAuditor() {
    Map<String, Integer> moderators = new LinkedHashMap<>();
    moderators.put("mod1", 0);
    moderators.put("tm1", 0);
    Result result = CycleSelection.select(register(), List.of(), new Settings(1, 1, 1, 0.5, 12), auditors(),
        moderators, CYCLE, 5);
    long moderated = result.proposals().stream().filter(p -> p.moderator() != null).count();
    assertThat(moderated).isEqualTo(Math.round(0.5 * result.proposals().size()));
    result.proposals().stream().filter(p -> p.moderator() != null)
        .forEach(p -> assertThat(p.moderator()).isNotEqualTo(p.auditor()));
  }

  @Test
  void aCohortIsAllocatedWithoutSelection() {
    Result result = CycleSelection.allocate(register().subList(0, 3), Category.THEME, ONE_EACH, auditors(), Map.of(), 1);
    assertThat(result.proposals()).extracting(Proposal::category).containsOnly(Category.THEME);
    assertThat(result.proposals()).extracting(Proposal::childReference).containsExactly("A1", "A2", "A3");
  }
}
