package org.practiceevaluations.changeaudit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.practiceevaluations.caseregister.CaseChange;
import org.practiceevaluations.common.AsApplication;
import org.practiceevaluations.common.NotFoundException;
import org.practiceevaluations.directory.Team;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.evaluation.ReferenceGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer and closure audits that do not depend on a manager remembering (docs/guide.md, "The monthly audit cycle,
 * requests and audit types"): each case the register import closes or moves to another team starts an offer to the
 * case's team manager (the team the case is in after the import), who starts the audit from it, completing it
 * themselves, or says why not. The audit is started exactly as a manager starts one from Tasklist, so the same rules
 * hold (EvaluationAllocation: only the child's own team or practice manager, who is the auditor). Runs in the
 * caller's transaction: the import's, or the engine's.
 */
@Service
@Transactional
public class ChangeAuditOffers {

  private static final Logger LOG = LoggerFactory.getLogger(ChangeAuditOffers.class);

  private final ChangeAuditOfferRepository offers;
  private final TeamDirectory directory;
  private final ReferenceGenerator references;
  private final RuntimeService runtimeService;
  private final AsApplication asApplication;
  private final Clock clock;

  public ChangeAuditOffers(ChangeAuditOfferRepository offers, TeamDirectory directory, ReferenceGenerator references,
      RuntimeService runtimeService, AsApplication asApplication, Clock clock) {
    this.offers = offers;
    this.directory = directory;
    this.references = references;
    this.runtimeService = runtimeService;
    this.asApplication = asApplication;
    this.clock = clock;
  }

  /** The import closed or transferred cases: one offer each, started as the application (not as the importer). */
  @EventListener
  public void casesChanged(CaseChange.Imported imported) {
    for (CaseChange change : imported.changes()) {
      if (teamManagerOf(change).isEmpty()) {
        LOG.warn("A case of team {} was {}: no audit offered, the team has no team manager in the directory",
            change.teamCode(), change.kind() == CaseChange.Kind.CLOSURE ? "closed" : "transferred in");
        continue;
      }
      Map<String, Object> vars = new HashMap<>();
      ChangeAuditProcess.Vars.CHILD_REFERENCE.put(vars, change.childReference());
      ChangeAuditProcess.Vars.CHANGE_KIND.put(vars, change.kind().code());
      ChangeAuditProcess.Vars.TEAM_CODE.put(vars, change.teamCode());
      ChangeAuditProcess.Vars.FROM_TEAM_CODE.put(vars, change.fromTeamCode());
      asApplication.call(() -> runtimeService.startProcessInstanceByKey(ChangeAuditProcess.KEY, vars));
    }
  }

  /** Records the offer of a process just started; the team manager is the team's now. */
  public ChangeAuditOffer offer(CaseChange change, String processInstanceId) {
    String manager = teamManagerOf(change).orElseThrow(() -> new IllegalStateException(
        "Team " + change.teamCode() + " has no team manager in the directory: name one, then retry this step."));
    int year = clock.instant().atZone(ZoneId.of("Europe/London")).getYear();
    ChangeAuditOffer offer = offers.save(new ChangeAuditOffer(references.next("CA", year), change, manager,
        clock.instant(), processInstanceId));
    LOG.info("Audit at {} offered as {} to the team manager of {}", change.kind().code(), offer.getReference(),
        change.teamCode());
    return offer;
  }

  public ChangeAuditOffer get(String reference) {
    return offers.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("No transfer or closure audit offer " + reference + "."));
  }

  /** The manager's answer: start the audit, or not with a reason (needed then). */
  public void decide(String reference, boolean start, String reason, String decidedBy) {
    if (!start && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("Say why the audit is not needed.");
    }
    get(reference).decide(start, reason, decidedBy, clock.instant());
  }

  /**
   * Starts the transfer or closure audit as the team manager's own, the way they start one from Tasklist: they are
   * the auditor and the one who allocated it, and the evaluation's allocation checks it (their team's child).
   */
  public String startAudit(String reference) {
    ChangeAuditOffer offer = get(reference);
    if (offer.getEvaluationReference() != null) {
      return offer.getEvaluationReference();
    }
    Map<String, Object> vars = new HashMap<>();
    PracticeEvaluationProcess.Vars.CHILD_REFERENCE.put(vars, offer.getChildReference());
    PracticeEvaluationProcess.Vars.EVALUATION_TYPE.put(vars, offer.getKind().code());
    PracticeEvaluationProcess.Vars.AUDITOR.put(vars, offer.getTeamManager());
    PracticeEvaluationProcess.Vars.ALLOCATED_BY.put(vars, offer.getTeamManager());
    String evaluation = runtimeService.startProcessInstanceByKey(PracticeEvaluationProcess.KEY, vars).getBusinessKey();
    offer.started(evaluation);
    LOG.info("Audit at {} {} started as evaluation {}", offer.getKind().code(), reference, evaluation);
    return evaluation;
  }

  private Optional<String> teamManagerOf(CaseChange change) {
    return directory.findTeam(change.teamCode()).map(Team::getTeamManager).filter(m -> !m.isBlank());
  }
}
