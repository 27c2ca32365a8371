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
    AllocationRequest request = new AllocationRequest(text(execution, CHILD_REFERENCE.name()),
        text(execution, EVALUATION_TYPE.name()), text(execution, AUDITOR.name()), text(execution, MODERATOR.name()),
        text(execution, ALLOCATED_BY.name()), text(execution, PREVIOUS_EVALUATION.name()), text(execution, THEME_REFERENCE.name()));
    Evaluation evaluation;
    try {
      evaluation = allocation.allocate(request);
    } catch (EvaluationAllocation.AllocationRefused refused) {
      throw new FormFieldValidationException("allocation", refused.getMessage());
    }
    evaluation.linkProcess(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(evaluation.getReference());
    execution.setVariable(EVALUATION_REFERENCE.name(), evaluation.getReference());
    execution.setVariable(EVALUATION_ID.name(), evaluation.getId());
    execution.setVariable(CHILD_REFERENCE.name(), evaluation.getChildReference());
    execution.setVariable(EVALUATION_TYPE.name(), evaluation.getType().code());
    execution.setVariable(TEAM_NAME.name(), evaluation.getTeam().getName());
    execution.setVariable(TEAM_CODE.name(), evaluation.getTeam().getCode());
    execution.setVariable(MODERATED.name(), evaluation.isModerated());
    execution.setVariable(AUDITOR.name(), evaluation.people().auditor());
    execution.setVariable(MODERATOR.name(), evaluation.people().moderator());
    execution.setVariable(SOCIAL_WORKER.name(), evaluation.people().socialWorker());
    execution.setVariable(TEAM_MANAGER.name(), evaluation.people().teamManager());
    execution.setVariable(PRACTICE_MANAGER.name(), evaluation.people().practiceManager());
    execution.setVariable(HEAD_OF_SERVICE.name(), evaluation.people().headOfService());
    execution.setVariable(IRO.name(), evaluation.people().iro());
    execution.setVariable(AUDIT_MANAGER.name(), allocation.auditManager());
    execution.setVariable(GRADE_HOLDER.name(), evaluation.people().auditor());
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
