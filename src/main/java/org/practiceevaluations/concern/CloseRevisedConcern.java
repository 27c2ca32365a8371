package org.practiceevaluations.concern;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.CONCERN_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${closeRevisedConcern}}: "Close the case of concern: the grade was revised" (the team's dispute settled on
 * a grade not inadequate).
 */
@Component("closeRevisedConcern")
public class CloseRevisedConcern implements JavaDelegate {

  private final Concerns concerns;

  public CloseRevisedConcern(Concerns concerns) {
    this.concerns = concerns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    concerns.closeAsRevised(CONCERN_REFERENCE.get(execution));
  }
}
