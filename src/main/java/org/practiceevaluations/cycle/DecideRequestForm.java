package org.practiceevaluations.cycle;

import static org.practiceevaluations.cycle.CycleProcess.Vars.DECISION_REASON;
import static org.practiceevaluations.cycle.CycleProcess.Vars.REQUEST_ACCEPTED;
import static org.practiceevaluations.cycle.CycleProcess.Vars.REQUEST_REFERENCE;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import org.springframework.stereotype.Component;

/**
 * The form {@code decide-request}: the audit manager adds a requested case to the next monthly cycle, or says why
 * not.
 */
@Component
public class DecideRequestForm implements FormHandler {

  private final AuditRequests requests;
  private final CaseRegister register;
  private final FormSupport support;

  public DecideRequestForm(AuditRequests requests, CaseRegister register, FormSupport support) {
    this.requests = requests;
    this.register = register;
    this.support = support;
  }

  @Override
  public String formId() {
    return "decide-request";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    AuditRequest request = requests.get(REQUEST_REFERENCE.get(task));
    Map<String, Object> values = new HashMap<>();
    values.put("requesterText", support.name(request.getRequestedBy()));
    values.put("childReferenceText", request.getChildReference());
    values.put("teamText", register.find(request.getChildReference()).map(c -> c.getTeam().getName()).orElse(""));
    values.put("reasonText", request.getReason() == AuditRequest.Reason.OTHER
        ? request.getReasonText() : request.getReason().label());
    values.put("requestDetailsShown", request.getDetails() == null ? "" : request.getDetails());
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    FormAnswers.Decision accepted = answers.decision(REQUEST_ACCEPTED.name(),
        "Add the case to the next monthly cycle?", DECISION_REASON.name(), "Your reasons");
    answers.throwIfInvalid();
    requests.decide(REQUEST_REFERENCE.get(task), accepted.yes(), support.actor(task), accepted.reasonWhenNo());
    Map<String, Object> routing = new HashMap<>();
    REQUEST_ACCEPTED.put(routing, accepted.yes()); // the reason is in the request's row (AuditRequestTexts)
    return routing;
  }
}
