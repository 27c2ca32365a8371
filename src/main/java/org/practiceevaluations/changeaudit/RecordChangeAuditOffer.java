package org.practiceevaluations.changeaudit;

import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.CHANGE_KIND;
import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.CHILD_REFERENCE;
import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.FROM_TEAM_CODE;
import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.OFFER_REFERENCE;
import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.TEAM_CODE;
import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.TEAM_MANAGER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.caseregister.CaseChange;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordChangeAuditOffer}}: "Offer the team manager an audit". The offer's row, its reference as the
 * business key, the manager.
 */
@Component("recordChangeAuditOffer")
public class RecordChangeAuditOffer implements JavaDelegate {

  private final ChangeAuditOffers offers;

  public RecordChangeAuditOffer(ChangeAuditOffers offers) {
    this.offers = offers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseChange change = new CaseChange(CHILD_REFERENCE.get(execution),
        "transfer".equals(CHANGE_KIND.get(execution)) ? CaseChange.Kind.TRANSFER : CaseChange.Kind.CLOSURE,
        TEAM_CODE.get(execution), FROM_TEAM_CODE.get(execution));
    ChangeAuditOffer offer = offers.offer(change, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(offer.getReference());
    OFFER_REFERENCE.set(execution, offer.getReference());
    TEAM_MANAGER.set(execution, offer.getTeamManager());
  }
}
