package org.practiceevaluations.evaluation;

import java.util.Optional;

/**
 * A process that follows an evaluation without being the evaluation's own (a case of concern follows the evaluation
 * it was opened for, then its re-audits): says which evaluation it is about now. The capability that runs such a
 * process declares one as a bean; {@link ProcessEvaluations} asks them all, so evaluation depends on none of them.
 */
public interface EvaluationFollowers {

  /** The reference of the evaluation the process instance is about now; empty when it is not one of this kind. */
  Optional<String> evaluationReferenceOf(String processInstanceId);
}
