package org.practiceevaluations.concern;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.CHILD_REFERENCE;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.evaluation.ProcessEvaluations;
import org.springframework.stereotype.Component;

/**
 * {@code ${reviseConcernAfterDispute}} (grade-dispute process): "Open or close the case of concern to match the new
 * grade". A grade now inadequate opens a concern as sharing would have; one no longer inadequate closes the concern
 * it had opened.
 */
@Component("reviseConcernAfterDispute")
public class ReviseConcernAfterDispute implements JavaDelegate {

  private final Concerns concerns;
  private final RuntimeService runtimeService;
  private final ProcessEvaluations processEvaluations;

  public ReviseConcernAfterDispute(Concerns concerns, RuntimeService runtimeService,
      ProcessEvaluations processEvaluations) {
    this.concerns = concerns;
    this.runtimeService = runtimeService;
    this.processEvaluations = processEvaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = processEvaluations.referenceOf(execution);
    Concerns.Revision revision = concerns.afterGradeRevised(reference);
    switch (revision.kind()) {
      case OPEN -> runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.INADEQUATE_EVALUATION)
          .processInstanceBusinessKey(reference)
          .setVariable(EVALUATION_REFERENCE.name(), reference)
          .setVariable(CHILD_REFERENCE.name(), revision.childReference())
          .correlateStartMessage();
      case CLOSE -> runtimeService.createMessageCorrelation(PracticeEvaluationProcess.Messages.GRADE_REVISED)
          .processInstanceId(revision.concernProcessInstanceId())
          .correlate();
      case NOTHING -> { }
    }
  }
}
