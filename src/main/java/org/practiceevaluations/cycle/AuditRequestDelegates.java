package org.practiceevaluations.cycle;

import static org.practiceevaluations.common.ProcessVariables.text;
import static org.practiceevaluations.cycle.CycleProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.forms.AnswersRejected;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.forms.StartAnswers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the audit request process. */
@Configuration
public class AuditRequestDelegates {

  private final AuditRequests requests;
  private final TeamDirectory directory;
  private final CaseRegister register;
  private final Deadlines deadlines;
  private final StartAnswers startAnswers;

  public AuditRequestDelegates(AuditRequests requests, TeamDirectory directory, CaseRegister register,
      Deadlines deadlines, StartAnswers startAnswers) {
    this.startAnswers = startAnswers;
    this.requests = requests;
    this.directory = directory;
    this.register = register;
    this.deadlines = deadlines;
  }

  /** "Record the request": a bad request refuses the start, with every problem. */
  @Bean("recordAuditRequest")
  JavaDelegate recordAuditRequest() {
    return execution -> {
      AuditRequest request;
      try {
        request = requests.record(text(execution, CHILD_REFERENCE.name()), text(execution, REQUESTER.name()),
            text(execution, REQUEST_REASON.name()), startAnswers.take(execution, REQUEST_REASON_TEXT.name()),
            startAnswers.take(execution, REQUEST_DETAILS.name()),
            execution.getProcessInstanceId());
      } catch (AuditRequests.RequestRefused refused) {
        throw new AnswersRejected("request", refused.getMessage());
      }
      execution.setProcessBusinessKey(request.getReference());
      execution.setVariable(REQUEST_REFERENCE.name(), request.getReference());
      execution.setVariable(CHILD_REFERENCE.name(), request.getChildReference());
      execution.setVariable(TEAM_CODE.name(), register.get(request.getChildReference()).getTeam().getCode());
      execution.setVariable("teamName", register.get(request.getChildReference()).getTeam().getName());
      execution.setVariable(AUDIT_MANAGER.name(), directory.auditManager());
      execution.setVariable(DECISION_DUE_DATE.name(), Deadlines.toDate(deadlines.dueAfter(deadlines.now(), "P7D")));
    };
  }

  /** "Queue the case for the next monthly cycle". */
  @Bean("queueAuditRequest")
  JavaDelegate queueAuditRequest() {
    return execution -> requests.queue(text(execution, REQUEST_REFERENCE.name()));
  }
}
