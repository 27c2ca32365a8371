package org.practiceevaluations.cycle;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.caseregister.LegalStatus;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.evaluation.ReferenceGenerator;
import org.practiceevaluations.identity.StaffDirectory;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes, revises and starts a batch of evaluations: a month's cycle (chosen by {@link CycleSelection} from the
 * register and the queue) or a thematic audit's cohort. Runs in the caller's (the engine's) transaction.
 */
@Service
@Transactional
public class CycleService {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private final CaseRegister register;
  private final EvaluationRepository evaluations;
  private final QueuedCaseRepository queue;
  private final AuditCycleRepository cycles;
  private final ThemeRepository themes;
  private final ReferenceGenerator references;
  private final StaffDirectory staff;
  private final RuntimeService runtimeService;
  private final CycleSettings settings;
  private final Clock clock;

  public CycleService(CaseRegister register, EvaluationRepository evaluations, QueuedCaseRepository queue,
      AuditCycleRepository cycles, ThemeRepository themes, ReferenceGenerator references, StaffDirectory staff,
      RuntimeService runtimeService, CycleSettings settings, Clock clock) {
    this.register = register;
    this.evaluations = evaluations;
    this.queue = queue;
    this.cycles = cycles;
    this.themes = themes;
    this.references = references;
    this.staff = staff;
    this.runtimeService = runtimeService;
    this.settings = settings;
    this.clock = clock;
  }

  /** Chooses and allocates the month's cases; returns the new cycle. */
  public AuditCycle proposeMonthly(LocalDate cycleDate, String processInstanceId) {
    long seed = seed();
    AuditCycle cycle = new AuditCycle(monthlyReference(cycleDate), AuditCycle.Kind.MONTHLY, cycleDate, seed, null,
        clock.instant(), processInstanceId);
    List<QueuedCase> queued = queue.findByStatusAndDueOnLessThanEqualOrderByKindAscDueOnAscIdAsc(
        QueuedCase.Status.QUEUED, cycleDate);
    List<CycleSelection.Queued> items = queued.stream()
        .sorted((a, b) -> a.getKind() == b.getKind() ? 0 : a.getKind() == QueuedCase.Kind.RE_AUDIT ? -1 : 1)
        .map(q -> new CycleSelection.Queued(q.getId(), q.getChildReference(),
            q.getKind() == QueuedCase.Kind.RE_AUDIT ? CycleSelection.Category.RE_AUDIT : CycleSelection.Category.REQUEST,
            q.getPreviousEvaluationReference()))
        .toList();
    CycleSelection.Result result = CycleSelection.select(candidates(register.all()), items, settings.selection(),
        loads(StaffGroup.AUDITORS, true), loads(StaffGroup.MODERATORS, false), cycleDate, seed);
    cycle.propose(toCases(result.proposals()), result.unallocated());
    return cycles.save(cycle);
  }

  /** A thematic audit: the theme, its cohort (by criteria or by hand) and the allocation. */
  public AuditCycle proposeThematic(ThematicRequest request, String processInstanceId) {
    Instant now = clock.instant();
    int year = now.atZone(clock.getZone()).getYear();
    Theme theme = themes.save(new Theme(references.next("TH", year), request.name(), request.keyLinesOfEnquiry(),
        request.multiAgency(), request.startedBy(), now));
    long seed = seed();
    List<ChildCase> cohort = cohort(request, new Random(seed));
    CycleSelection.Settings allocation = new CycleSelection.Settings(0, 0, 0, request.moderatedShare(), 0);
    CycleSelection.Result result = CycleSelection.allocate(candidates(cohort), CycleSelection.Category.THEME,
        allocation, loads(StaffGroup.AUDITORS, true), loads(StaffGroup.MODERATORS, false), seed);
    AuditCycle cycle = new AuditCycle(theme.getReference(), AuditCycle.Kind.THEMATIC, LocalDate.now(clock), seed,
        theme.getReference(), now, processInstanceId);
    EvaluationType type = request.multiAgency() ? EvaluationType.MULTI_AGENCY_THEMATIC : EvaluationType.THEMATIC;
    List<CycleCase> cases = result.proposals().stream().map(p -> new CycleCase(p.childReference(), p.category(),
        type, p.auditor(), p.moderator(), null, null)).collect(Collectors.toCollection(ArrayList::new));
    cycle.propose(cases, result.unallocated());
    return cycles.save(cycle);
  }

  /** What a thematic audit's start form asks. */
  public record ThematicRequest(String name, String keyLinesOfEnquiry, boolean multiAgency, boolean byCriteria,
      Set<LegalStatus> legalStatuses, Set<String> teamCodes, int cohortSize, List<String> childReferences,
      double moderatedShare, String startedBy) {}

  public AuditCycle get(String reference) {
    return cycles.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("No audit cycle " + reference + "."));
  }

  /**
   * Starts an evaluation for every included case not started yet (a retry after a failure starts only the
   * rest), marks queued cases allocated, and returns the references started.
   */
  public List<String> start(String cycleReference, String allocatedBy) {
    AuditCycle cycle = get(cycleReference);
    List<String> started = new ArrayList<>();
    for (CycleCase c : cycle.getCases()) {
      if (!c.isIncluded() || c.getEvaluationReference() != null) {
        continue;
      }
      Map<String, Object> vars = new HashMap<>();
      PracticeEvaluationProcess.Vars.CHILD_REFERENCE.put(vars, c.getChildReference());
      PracticeEvaluationProcess.Vars.EVALUATION_TYPE.put(vars, c.getEvaluationType().code());
      PracticeEvaluationProcess.Vars.AUDITOR.put(vars, c.getAuditor());
      PracticeEvaluationProcess.Vars.MODERATOR.put(vars, c.getModerator());
      PracticeEvaluationProcess.Vars.ALLOCATED_BY.put(vars, allocatedBy);
      PracticeEvaluationProcess.Vars.PREVIOUS_EVALUATION.put(vars, c.getPreviousEvaluationReference());
      PracticeEvaluationProcess.Vars.THEME_REFERENCE.put(vars, cycle.getThemeReference());
      var instance = runtimeService.startProcessInstanceByKey(PracticeEvaluationProcess.KEY, vars);
      c.started(instance.getBusinessKey());
      started.add(instance.getBusinessKey());
      if (c.getQueueId() != null) {
        queue.findById(c.getQueueId()).ifPresent(q -> q.allocateTo(cycle.getReference()));
      }
    }
    cycle.markStarted(clock.instant());
    return started;
  }

  private List<CycleCase> toCases(List<CycleSelection.Proposal> proposals) {
    List<CycleCase> cases = new ArrayList<>();
    for (CycleSelection.Proposal p : proposals) {
      EvaluationType type = switch (p.category()) {
        case RE_AUDIT -> EvaluationType.RE_AUDIT;
        case THEME -> EvaluationType.THEMATIC;
        default -> p.moderator() != null ? EvaluationType.MODERATED : EvaluationType.MONTHLY;
      };
      cases.add(new CycleCase(p.childReference(), p.category(), type, p.auditor(), p.moderator(), p.queueId(),
          p.previousEvaluationReference()));
    }
    return cases;
  }

  private List<ChildCase> cohort(ThematicRequest request, Random random) {
    if (!request.byCriteria()) {
      List<ChildCase> cases = new ArrayList<>();
      for (String reference : request.childReferences()) {
        cases.add(register.get(reference));
      }
      return cases;
    }
    List<ChildCase> matching = register.openCases().stream()
        .filter(c -> request.legalStatuses().isEmpty() || request.legalStatuses().contains(c.getLegalStatus()))
        .filter(c -> request.teamCodes().isEmpty() || request.teamCodes().contains(c.getTeam().getCode()))
        .collect(Collectors.toCollection(ArrayList::new));
    java.util.Collections.shuffle(matching, random);
    return matching.stream().limit(request.cohortSize()).toList();
  }

  /** The register as the selection sees it, with each case's latest evaluation. */
  private List<CycleSelection.Candidate> candidates(List<ChildCase> cases) {
    Map<String, LocalDate> lastEvaluated = new HashMap<>();
    for (Object[] row : evaluations.latestAllocationPerChild()) {
      lastEvaluated.put((String) row[0], ((Instant) row[1]).atZone(clock.getZone()).toLocalDate());
    }
    return cases.stream().map(c -> new CycleSelection.Candidate(c.getChildReference(), c.getTeam().getCode(),
        c.getTeam().getServiceArea().getCode(), c.getTeam().getTeamManager(), c.getAllocatedWorker(),
        c.getLookedAfterSince(), c.getChildProtectionPlanSince(), c.isOpen(),
        lastEvaluated.get(c.getChildReference()))).toList();
  }

  /** Each member of the group with their current load: evaluations (or moderations) not yet finished. */
  private Map<String, Integer> loads(StaffGroup group, boolean asAuditor) {
    Map<String, Integer> loads = new LinkedHashMap<>();
    staff.membersOf(group).forEach(id -> loads.put(id, 0));
    List<Object[]> counts = asAuditor ? evaluations.openEvaluationsPerAuditor()
        : evaluations.openModerationsPerModerator();
    for (Object[] row : counts) {
      if (loads.containsKey((String) row[0])) {
        loads.put((String) row[0], ((Number) row[1]).intValue());
      }
    }
    return loads;
  }

  private String monthlyReference(LocalDate cycleDate) {
    String base = "AC-" + MONTH.format(cycleDate);
    String reference = base;
    for (int n = 2; cycles.existsByReference(reference); n++) {
      reference = base + "-" + n;
    }
    return reference;
  }

  private long seed() {
    return settings.seed() != null ? settings.seed() : new SecureRandom().nextLong();
  }
}
