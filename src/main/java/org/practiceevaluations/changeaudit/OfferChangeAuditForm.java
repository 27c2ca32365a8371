package org.practiceevaluations.changeaudit;

import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.OFFER_REFERENCE;
import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.START_AUDIT;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.caseregister.CaseChange;
import org.practiceevaluations.directory.Team;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import org.springframework.stereotype.Component;

/**
 * The form {@code offer-change-audit}: the team manager starts the audit now, or says why not (the reason is kept in
 * the offer's row).
 */
@Component
public class OfferChangeAuditForm implements FormHandler {

  private final ChangeAuditOffers offers;
  private final TeamDirectory directory;
  private final FormSupport support;

  public OfferChangeAuditForm(ChangeAuditOffers offers, TeamDirectory directory, FormSupport support) {
    this.offers = offers;
    this.directory = directory;
    this.support = support;
  }

  @Override
  public String formId() {
    return "offer-change-audit";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    ChangeAuditOffer offer = offers.get(OFFER_REFERENCE.get(task));
    Map<String, Object> values = new HashMap<>();
    values.put("offerReferenceText", offer.getReference());
    values.put("childReferenceText", offer.getChildReference());
    values.put("changeText", changeText(offer, teamName(offer.getTeamCode()),
        offer.getFromTeamCode() == null ? null : teamName(offer.getFromTeamCode())));
    values.put("auditTypeText", offer.getKind() == CaseChange.Kind.TRANSFER ? "An audit at transfer"
        : "An audit at closure");
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    FormAnswers.Decision start = answers.decision(START_AUDIT.name(), "Start the audit now?", "notStartedReason",
        "Why the audit is not needed");
    answers.throwIfInvalid();
    offers.decide(OFFER_REFERENCE.get(task), start.yes(), start.reasonWhenNo(), support.actor(task));
    Map<String, Object> routing = new HashMap<>();
    START_AUDIT.put(routing, start.yes()); // the reason is in the offer's row
    return routing;
  }

  private String teamName(String code) {
    return directory.findTeam(code).map(Team::getName).orElse(code);
  }

  /** What the register import found, in plain words for the form. */
  static String changeText(ChangeAuditOffer offer, String teamName, String fromTeamName) {
    if (offer.getKind() == CaseChange.Kind.TRANSFER) {
      return "The case register shows the case moved from " + (fromTeamName == null ? "another team" : fromTeamName)
          + " to " + teamName + ".";
    }
    return "The case register shows the case closed, in " + teamName + ".";
  }
}
