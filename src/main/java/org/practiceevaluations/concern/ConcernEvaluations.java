package org.practiceevaluations.concern;

import java.util.Optional;
import org.practiceevaluations.evaluation.EvaluationFollowers;
import org.springframework.stereotype.Component;

/** A case of concern's process is about the case's current evaluation (the first one, then each re-audit). */
@Component
public class ConcernEvaluations implements EvaluationFollowers {

  private final CaseOfConcernRepository concerns;

  public ConcernEvaluations(CaseOfConcernRepository concerns) {
    this.concerns = concerns;
  }

  @Override
  public Optional<String> evaluationReferenceOf(String processInstanceId) {
    return concerns.findByProcessInstanceId(processInstanceId).map(CaseOfConcern::getCurrentEvaluationReference);
  }
}
