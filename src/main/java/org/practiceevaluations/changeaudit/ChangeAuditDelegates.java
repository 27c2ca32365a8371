package org.practiceevaluations.changeaudit;

import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.caseregister.CaseChange;
import org.practiceevaluations.directory.Team;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of the transfer or closure audit offer, and its form: each one call into {@link ChangeAuditOffers}. */
@Configuration
public class ChangeAuditDelegates {

  static final String TABLE = "evaluation-deadlines";

  private final ChangeAuditOffers offers;
  private final Deadlines deadlines;
  private final TeamDirectory directory;
  private final FormSupport support;

  public ChangeAuditDelegates(ChangeAuditOffers offers, Deadlines deadlines, TeamDirectory directory,
      FormSupport support) {
    this.offers = offers;
    this.deadlines = deadlines;
    this.directory = directory;
    this.support = support;
  }

  /** "Offer the team manager an audit": the offer's row, its reference as the business key, the manager. */
  @Bean("recordChangeAuditOffer")
  JavaDelegate recordChangeAuditOffer() {
    return execution -> {
      String kind = (String) execution.getVariable(CHANGE_KIND.name());
      CaseChange change = new CaseChange((String) execution.getVariable(CHILD_REFERENCE.name()),
          "transfer".equals(kind) ? CaseChange.Kind.TRANSFER : CaseChange.Kind.CLOSURE,
          (String) execution.getVariable(TEAM_CODE.name()), (String) execution.getVariable(FROM_TEAM_CODE.name()));
      ChangeAuditOffer offer = offers.offer(change, execution.getProcessInstanceId());
      execution.setProcessBusinessKey(offer.getReference());
      execution.setVariable(OFFER_REFERENCE.name(), offer.getReference());
      execution.setVariable(TEAM_MANAGER.name(), offer.getTeamManager());
    };
  }

  /** "Set the due date": changeAuditDecisionWithin from now at 17:00, chased from then every changeAuditChaseEvery. */
  @Bean("setChangeAuditDueDate")
  JavaDelegate setChangeAuditDueDate() {
    return execution -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> durations = (Map<String, Object>) execution.getVariable(DEADLINES.name());
      Instant due = deadlines.dueAfter(deadlines.now(),
          Deadlines.duration(durations, TABLE, "changeAuditDecisionWithin"));
      execution.setVariable(CHANGE_AUDIT_DUE_DATE.name(), Deadlines.toDate(due));
      execution.setVariable(CHANGE_AUDIT_CHASE_CYCLE.name(),
          deadlines.cycleFrom(due, Deadlines.duration(durations, TABLE, "changeAuditChaseEvery")));
    };
  }

  /** "Start the audit": a practice evaluation of the type, the team manager its auditor. */
  @Bean("startChangeAudit")
  JavaDelegate startChangeAudit() {
    return execution -> execution.setVariable(EVALUATION_REFERENCE.name(),
        offers.startAudit((String) execution.getVariable(OFFER_REFERENCE.name())));
  }

  /** The team manager's form: start the audit now, or say why not (the reason is kept in the offer's row). */
  @Bean
  FormHandler offerChangeAudit() {
    return new FormHandler() {
      public String formId() {
        return "offer-change-audit";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        ChangeAuditOffer offer = offers.get((String) task.getVariable(OFFER_REFERENCE.name()));
        Map<String, Object> values = new HashMap<>();
        values.put("offerReferenceText", offer.getReference());
        values.put("childReferenceText", offer.getChildReference());
        values.put("changeText", changeText(offer, teamName(offer.getTeamCode()),
            offer.getFromTeamCode() == null ? null : teamName(offer.getFromTeamCode())));
        values.put("auditTypeText", offer.getKind() == CaseChange.Kind.TRANSFER ? "An audit at transfer"
            : "An audit at closure");
        return values;
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        Boolean start = answers.yesNo(START_AUDIT.name(), "Start the audit now?", true);
        String reason = answers.text("notStartedReason", "Why the audit is not needed", Boolean.FALSE.equals(start));
        answers.throwIfInvalid();
        offers.decide((String) task.getVariable(OFFER_REFERENCE.name()), start, reason, support.actor(task));
        Map<String, Object> routing = new HashMap<>();
        routing.put(START_AUDIT.name(), start); // the reason is in the offer's row
        return routing;
      }
    };
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
