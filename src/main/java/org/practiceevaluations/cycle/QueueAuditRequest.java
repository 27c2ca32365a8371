package org.practiceevaluations.cycle;

import static org.practiceevaluations.common.ProcessVariables.text;
import static org.practiceevaluations.cycle.CycleProcess.Vars.REQUEST_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${queueAuditRequest}} (audit request): "Queue the case for the next monthly cycle". */
@Component("queueAuditRequest")
public class QueueAuditRequest implements JavaDelegate {

  private final AuditRequests requests;

  public QueueAuditRequest(AuditRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.queue(text(execution, REQUEST_REFERENCE.name()));
  }
}
