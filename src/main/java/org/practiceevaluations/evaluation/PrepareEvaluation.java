package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.forms.AnswersRejected;
import org.springframework.stereotype.Component;

/**
 * "Prepare the evaluation from the case register": checks the allocation, creates the evaluation, makes its
 * reference the business key, and sets the people from the case register and the directory. A refused allocation
 * fails the start (the start form shows why) and nothing is stored.
 */
@Component("prepareEvaluation")
public class PrepareEvaluation implements JavaDelegate {

  private final EvaluationAllocation allocation;

  public PrepareEvaluation(EvaluationAllocation allocation) {
    this.allocation = allocation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AllocationRequest request = new AllocationRequest(CHILD_REFERENCE.get(execution), EVALUATION_TYPE.get(execution),
        AUDITOR.get(execution), MODERATOR.get(execution), ALLOCATED_BY.get(execution),
        PREVIOUS_EVALUATION.get(execution), THEME_REFERENCE.get(execution));
    Evaluation evaluation;
    try {
      evaluation = allocation.allocate(request);
    } catch (EvaluationAllocation.AllocationRefused refused) {
      throw new AnswersRejected("allocation", refused.getMessage());
    }
    evaluation.linkProcess(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(evaluation.getReference());
    EVALUATION_REFERENCE.set(execution, evaluation.getReference());
    EVALUATION_ID.set(execution, evaluation.getId());
    CHILD_REFERENCE.set(execution, evaluation.getChildReference());
    EVALUATION_TYPE.set(execution, evaluation.getType().code());
    TEAM_NAME.set(execution, evaluation.getTeam().getName());
    TEAM_CODE.set(execution, evaluation.getTeam().getCode());
    MODERATED.set(execution, evaluation.isModerated());
    AUDITOR.set(execution, evaluation.people().auditor());
    MODERATOR.set(execution, evaluation.people().moderator());
    SOCIAL_WORKER.set(execution, evaluation.people().socialWorker());
    TEAM_MANAGER.set(execution, evaluation.people().teamManager());
    PRACTICE_MANAGER.set(execution, evaluation.people().practiceManager());
    HEAD_OF_SERVICE.set(execution, evaluation.people().headOfService());
    IRO.set(execution, evaluation.people().iro());
    AUDIT_MANAGER.set(execution, allocation.auditManager());
    GRADE_HOLDER.set(execution, evaluation.people().auditor());
  }
}
