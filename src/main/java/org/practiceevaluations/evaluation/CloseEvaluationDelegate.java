package org.practiceevaluations.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close the evaluation": every action is done. */
@Component("closeEvaluation")
public class CloseEvaluationDelegate implements JavaDelegate {

  private final EvaluationLifecycle lifecycle;

  public CloseEvaluationDelegate(EvaluationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.close((String) execution.getVariable(PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE));
  }
}
