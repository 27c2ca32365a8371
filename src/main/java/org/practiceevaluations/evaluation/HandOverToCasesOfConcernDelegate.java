package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Hand over to cases of concern": an inadequate final grade starts (or continues) a case of concern through the
 * message {@code InadequateEvaluation}, caught by the cases-of-concern process: its start event for a new concern,
 * or its wait for a re-audit's outcome.
 */
@Component("handOverToCasesOfConcern")
public class HandOverToCasesOfConcernDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(HandOverToCasesOfConcernDelegate.class);

  private final RuntimeService runtimeService;

  public HandOverToCasesOfConcernDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(EVALUATION_REFERENCE);
    var results = runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.INADEQUATE_EVALUATION)
        .processInstanceBusinessKey(reference)
        .setVariable(EVALUATION_REFERENCE, reference)
        .setVariable(CHILD_REFERENCE, execution.getVariable(CHILD_REFERENCE))
        .setVariable(PREVIOUS_EVALUATION, execution.getVariable(PREVIOUS_EVALUATION))
        .correlateAllWithResult();
    if (results.isEmpty()) {
      LOG.warn("Evaluation {} is inadequate but no cases-of-concern process is deployed to take it", reference);
    }
  }
}
