package org.practiceevaluations.changeaudit;

import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.EVALUATION_REFERENCE;
import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.OFFER_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${startChangeAudit}}: "Start the audit, allocated to the team manager". A practice evaluation of the type,
 * the team manager its auditor.
 */
@Component("startChangeAudit")
public class StartChangeAudit implements JavaDelegate {

  private final ChangeAuditOffers offers;

  public StartChangeAudit(ChangeAuditOffers offers) {
    this.offers = offers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EVALUATION_REFERENCE.set(execution, offers.startAudit(OFFER_REFERENCE.get(execution)));
  }
}
