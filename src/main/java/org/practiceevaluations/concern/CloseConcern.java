package org.practiceevaluations.concern;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.CONCERN_REFERENCE;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.RE_AUDIT_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${closeConcern}}: "Close the case of concern". The re-audit shows improvement, sustained. */
@Component("closeConcern")
public class CloseConcern implements JavaDelegate {

  private final Concerns concerns;

  public CloseConcern(Concerns concerns) {
    this.concerns = concerns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    concerns.close(CONCERN_REFERENCE.get(execution), RE_AUDIT_REFERENCE.get(execution));
  }
}
