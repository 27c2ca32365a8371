package org.practiceevaluations.concern;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.CONCERN_REFERENCE;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.RE_AUDIT_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.springframework.stereotype.Component;

/**
 * {@code ${carryConcernOn}}: "Carry the concern on with the new evaluation". The re-audit is still inadequate; round
 * two begins.
 */
@Component("carryConcernOn")
public class CarryConcernOn implements JavaDelegate {

  private final Concerns concerns;
  private final EvaluationLifecycle evaluations;

  public CarryConcernOn(Concerns concerns, EvaluationLifecycle evaluations) {
    this.concerns = concerns;
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String newReference = RE_AUDIT_REFERENCE.get(execution);
    concerns.carryOn(CONCERN_REFERENCE.get(execution), newReference);
    EVALUATION_REFERENCE.set(execution, newReference);
    ConcernPeople.setFrom(execution, evaluations.get(newReference));
  }
}
