package org.practiceevaluations.evaluation;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.practiceevaluations.common.StepFailure;
import org.springframework.stereotype.Component;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

/**
 * "Hand the first evaluation to the moderator": tells the running moderation (called from this evaluation) that
 * the first evaluation is in, with the moderator's due date, whether they have finished reading the file or not.
 */
@Component("handToModerator")
public class HandToModerator implements JavaDelegate {

  private final RuntimeService runtimeService;

  public HandToModerator(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessInstance moderation = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(execution.getProcessInstanceId())
        .processDefinitionKey(org.practiceevaluations.moderation.ModerationProcess.KEY)
        .singleResult();
    if (moderation == null) {
      throw new IllegalStateException(StepFailure.STEP_STOPPED.say("Evaluation " + execution.getProcessBusinessKey()
          + " is moderated but has no running moderation."));
    }
    runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.FIRST_EVALUATION_SUBMITTED)
        .processInstanceId(moderation.getId())
        .setVariable(MODERATION_DUE_DATE.name(), MODERATION_DUE_DATE.get(execution))
        .setVariable(MODERATION_OVERDUE_CYCLE.name(), MODERATION_OVERDUE_CYCLE.get(execution))
        .correlateWithResult();
  }
}
