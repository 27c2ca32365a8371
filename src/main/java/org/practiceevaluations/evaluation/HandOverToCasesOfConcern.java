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
public class HandOverToCasesOfConcern implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(HandOverToCasesOfConcern.class);

  private final RuntimeService runtimeService;
  private final ProcessEvaluations processEvaluations;

  public HandOverToCasesOfConcern(RuntimeService runtimeService, ProcessEvaluations processEvaluations) {
    this.runtimeService = runtimeService;
    this.processEvaluations = processEvaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = processEvaluations.referenceOf(execution);
    String grade = FINAL_GRADE.get(execution);
    String previous = PREVIOUS_EVALUATION.get(execution);
    if ("re-audit".equals(EVALUATION_TYPE.get(execution)) && previous != null) {
      List<MessageCorrelationResult> waiting =
          runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.RE_AUDIT_COMPLETED)
              .processInstanceVariableEquals(EVALUATION_REFERENCE.name(), previous)
              .setVariable(RE_AUDIT_REFERENCE.name(), reference)
              .setVariable(RE_AUDIT_GRADE.name(), grade)
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
        .setVariable(EVALUATION_REFERENCE.name(), reference)
        .setVariable(CHILD_REFERENCE.name(), CHILD_REFERENCE.get(execution))
        .correlateAllWithResult();
    if (started.isEmpty()) {
      LOG.warn("Evaluation {} is inadequate but no cases-of-concern process is deployed to take it", reference);
    }
  }
}
