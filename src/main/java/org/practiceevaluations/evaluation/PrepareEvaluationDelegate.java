package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * "Prepare the evaluation from the case register": checks the allocation, creates the evaluation, makes its
 * reference the business key, and sets the people from the case register and the directory. A refused allocation
 * fails the start (the start form shows why) and nothing is stored.
 */
@Component("prepareEvaluation")
public class PrepareEvaluationDelegate implements JavaDelegate {

  private final EvaluationAllocation allocation;

  public PrepareEvaluationDelegate(EvaluationAllocation allocation) {
    this.allocation = allocation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AllocationRequest request = new AllocationRequest(text(execution, CHILD_REFERENCE),
        text(execution, EVALUATION_TYPE), text(execution, AUDITOR), text(execution, MODERATOR),
        text(execution, ALLOCATED_BY), text(execution, PREVIOUS_EVALUATION), text(execution, THEME_REFERENCE));
    Evaluation evaluation;
    try {
      evaluation = allocation.allocate(request);
    } catch (EvaluationAllocation.AllocationRefused refused) {
      throw new FormFieldValidationException("allocation", refused.getMessage());
    }
    evaluation.linkProcess(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(evaluation.getReference());
    execution.setVariable(EVALUATION_REFERENCE, evaluation.getReference());
    execution.setVariable(EVALUATION_ID, evaluation.getId());
    execution.setVariable(CHILD_REFERENCE, evaluation.getChildReference());
    execution.setVariable(EVALUATION_TYPE, evaluation.getType().code());
    execution.setVariable(TEAM_NAME, evaluation.getTeam().getName());
    execution.setVariable(TEAM_CODE, evaluation.getTeam().getCode());
    execution.setVariable(MODERATED, evaluation.isModerated());
    execution.setVariable(AUDITOR, evaluation.getAuditor());
    execution.setVariable(MODERATOR, evaluation.getModerator());
    execution.setVariable(SOCIAL_WORKER, evaluation.getSocialWorker());
    execution.setVariable(TEAM_MANAGER, evaluation.getTeamManager());
    execution.setVariable(PRACTICE_MANAGER, evaluation.getPracticeManager());
    execution.setVariable(HEAD_OF_SERVICE, evaluation.getHeadOfService());
    execution.setVariable(IRO, evaluation.getIro());
    execution.setVariable(AUDIT_MANAGER, allocation.auditManager());
    execution.setVariable(GRADE_HOLDER, evaluation.getAuditor());
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
