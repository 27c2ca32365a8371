package org.practiceevaluations.cycle;

import static org.practiceevaluations.common.ProcessVariables.text;
import static org.practiceevaluations.cycle.CycleProcess.Vars.AUDIT_MANAGER;
import static org.practiceevaluations.cycle.CycleProcess.Vars.CHILD_REFERENCE;
import static org.practiceevaluations.cycle.CycleProcess.Vars.DECISION_DUE_DATE;
import static org.practiceevaluations.cycle.CycleProcess.Vars.REQUESTER;
import static org.practiceevaluations.cycle.CycleProcess.Vars.REQUEST_DETAILS;
import static org.practiceevaluations.cycle.CycleProcess.Vars.REQUEST_REASON;
import static org.practiceevaluations.cycle.CycleProcess.Vars.REQUEST_REASON_TEXT;
import static org.practiceevaluations.cycle.CycleProcess.Vars.REQUEST_REFERENCE;
import static org.practiceevaluations.cycle.CycleProcess.Vars.TEAM_CODE;
import static org.practiceevaluations.cycle.CycleProcess.Vars.TEAM_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.directory.Team;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.forms.StartAnswers;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordAuditRequest}} (audit request): "Record the request". A bad request refuses the start, with every
 * problem.
 */
@Component("recordAuditRequest")
public class RecordAuditRequest implements JavaDelegate {

  private final AuditRequests requests;
  private final TeamDirectory directory;
  private final CaseRegister register;
  private final Deadlines deadlines;
  private final StartAnswers startAnswers;

  public RecordAuditRequest(AuditRequests requests, TeamDirectory directory, CaseRegister register,
      Deadlines deadlines, StartAnswers startAnswers) {
    this.requests = requests;
    this.directory = directory;
    this.register = register;
    this.deadlines = deadlines;
    this.startAnswers = startAnswers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AuditRequest request;
    try {
      request = requests.record(text(execution, CHILD_REFERENCE.name()), text(execution, REQUESTER.name()),
          text(execution, REQUEST_REASON.name()), startAnswers.take(execution, REQUEST_REASON_TEXT.name()),
          startAnswers.take(execution, REQUEST_DETAILS.name()),
          execution.getProcessInstanceId());
    } catch (AuditRequests.RequestRefused refused) {
      throw new FormFieldValidationException("request", refused.getMessage());
    }
    execution.setProcessBusinessKey(request.getReference());
    REQUEST_REFERENCE.set(execution, request.getReference());
    CHILD_REFERENCE.set(execution, request.getChildReference());
    Team team = register.get(request.getChildReference()).getTeam();
    TEAM_CODE.set(execution, team.getCode());
    TEAM_NAME.set(execution, team.getName());
    AUDIT_MANAGER.set(execution, directory.auditManager());
    DECISION_DUE_DATE.set(execution, Deadlines.toDate(deadlines.dueAfter(deadlines.now(), "P7D")));
  }
}
