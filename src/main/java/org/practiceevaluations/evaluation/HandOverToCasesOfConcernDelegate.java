package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Tell the cases of concern process". A re-audit's final grade, whatever it is, goes to the case of concern
 * waiting for it ({@code ReAuditCompleted}); an inadequate grade that no concern is waiting for opens a new case of
 * concern ({@code InadequateEvaluation}).
 */
@Component("handOverToCasesOfConcern")
public class HandOverToCasesOfConcernDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(HandOverToCasesOfConcernDelegate.class);

  private final RuntimeService runtimeService;
  private final ProcessEvaluations processEvaluations;

  public HandOverToCasesOfConcernDelegate(RuntimeService runtimeService, ProcessEvaluations processEvaluations) {
    this.runtimeService = runtimeService;
    this.processEvaluations = processEvaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = processEvaluations.referenceOf(execution);
    String grade = (String) execution.getVariable(FINAL_GRADE);
    String previous = (String) execution.getVariable(PREVIOUS_EVALUATION);
    if ("re-audit".equals(execution.getVariable(EVALUATION_TYPE)) && previous != null) {
      List<MessageCorrelationResult> waiting =
          runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.RE_AUDIT_COMPLETED)
              .processInstanceVariableEquals(EVALUATION_REFERENCE, previous)
              .setVariable(RE_AUDIT_REFERENCE, reference)
              .setVariable(RE_AUDIT_GRADE, grade)
              .correlateAllWithResult();
      if (!waiting.isEmpty()) {
        return;
      }
      LOG.info("Re-audit {} of {} has no case of concern waiting for it", reference, previous);
    }
    if (!"inadequate".equals(grade)) {
      return;
    }
    var started = runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.INADEQUATE_EVALUATION)
        .processInstanceBusinessKey(reference)
        .setVariable(EVALUATION_REFERENCE, reference)
        .setVariable(CHILD_REFERENCE, execution.getVariable(CHILD_REFERENCE))
        .correlateAllWithResult();
    if (started.isEmpty()) {
      LOG.warn("Evaluation {} is inadequate but no cases-of-concern process is deployed to take it", reference);
    }
  }
}
