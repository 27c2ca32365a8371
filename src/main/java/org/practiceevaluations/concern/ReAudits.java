package org.practiceevaluations.concern;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.identity.StaffDirectory;
import org.practiceevaluations.identity.StaffGroup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates the re-audit of a case of concern itself, so that it is due within three months of the grade, rather than
 * queueing it for a later monthly cycle (docs/guide.md, "Cases of concern"): a practice evaluation of type re-audit,
 * following up the concern's current evaluation, due no later than the concern's re-audit date.
 */
@Service
@Transactional
public class ReAudits {

  private final Concerns concerns;
  private final EvaluationLifecycle evaluations;
  private final EvaluationRepository evaluationRepository;
  private final CaseRegister register;
  private final StaffDirectory staff;
  private final RuntimeService runtimeService;

  public ReAudits(Concerns concerns, EvaluationLifecycle evaluations, EvaluationRepository evaluationRepository,
      CaseRegister register, StaffDirectory staff, RuntimeService runtimeService) {
    this.concerns = concerns;
    this.evaluations = evaluations;
    this.evaluationRepository = evaluationRepository;
    this.register = register;
    this.staff = staff;
    this.runtimeService = runtimeService;
  }

  /** Starts the re-audit; returns its evaluation reference. {@code allocatedBy}: the audit manager. */
  public String allocate(String concernReference, Instant dueBy, String allocatedBy) {
    CaseOfConcern concern = concerns.get(concernReference);
    Evaluation earlier = evaluations.get(concern.getCurrentEvaluationReference());
    ChildCase childCase = register.get(concern.getChildReference());
    Map<String, Integer> loads = new LinkedHashMap<>();
    staff.membersOf(StaffGroup.AUDITORS).forEach(id -> loads.put(id, 0));
    for (Object[] row : evaluationRepository.openEvaluationsPerAuditor()) {
      loads.computeIfPresent((String) row[0], (id, zero) -> ((Number) row[1]).intValue());
    }
    Set<String> notThem = new java.util.HashSet<>();
    notThem.add(childCase.getAllocatedWorker());
    notThem.add(childCase.getTeam().getTeamManager());
    String auditor = ReAuditorChoice.choose(earlier.people().auditor(), loads, notThem).orElseThrow(() ->
        new IllegalStateException(org.practiceevaluations.common.StepFailure.STEP_STOPPED.say("No auditor can re-audit "
            + concern.getChildReference() + " for case of concern " + concernReference + ": add someone to the "
            + "auditors group, then retry this step in Cockpit.")));
    Map<String, Object> vars = new HashMap<>();
    PracticeEvaluationProcess.Vars.CHILD_REFERENCE.put(vars, concern.getChildReference());
    PracticeEvaluationProcess.Vars.EVALUATION_TYPE.put(vars, EvaluationType.RE_AUDIT.code());
    PracticeEvaluationProcess.Vars.AUDITOR.put(vars, auditor);
    PracticeEvaluationProcess.Vars.ALLOCATED_BY.put(vars, allocatedBy);
    PracticeEvaluationProcess.Vars.PREVIOUS_EVALUATION.put(vars, concern.getCurrentEvaluationReference());
    PracticeEvaluationProcess.Vars.DUE_BY.put(vars, Date.from(dueBy));
    String reference = runtimeService.startProcessInstanceByKey(PracticeEvaluationProcess.KEY, vars).getBusinessKey();
    concern.reAuditAllocated(reference);
    return reference;
  }
}
