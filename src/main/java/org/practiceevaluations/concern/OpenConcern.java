package org.practiceevaluations.concern;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.CONCERN_REFERENCE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.CONCERN_ROUND;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.AUDIT_MANAGER;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.springframework.stereotype.Component;

/**
 * {@code ${openConcern}}: "Open the case of concern". Its reference becomes the business key; the people come from
 * the evaluation.
 */
@Component("openConcern")
public class OpenConcern implements JavaDelegate {

  private final Concerns concerns;
  private final EvaluationLifecycle evaluations;
  private final TeamDirectory directory;

  public OpenConcern(Concerns concerns, EvaluationLifecycle evaluations, TeamDirectory directory) {
    this.concerns = concerns;
    this.evaluations = evaluations;
    this.directory = directory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String evaluationReference = EVALUATION_REFERENCE.get(execution);
    CaseOfConcern concern = concerns.open(evaluationReference != null ? evaluationReference
        : execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(concern.getReference());
    CONCERN_REFERENCE.set(execution, concern.getReference());
    CONCERN_ROUND.set(execution, 0);
    ConcernPeople.setFrom(execution, evaluations.get(concern.getCurrentEvaluationReference()));
    AUDIT_MANAGER.set(execution, directory.auditManager());
  }
}
