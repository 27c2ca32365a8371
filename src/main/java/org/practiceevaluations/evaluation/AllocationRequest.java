package org.practiceevaluations.evaluation;

/**
 * What the audit team (start form), the monthly cycle or a manager (transfer and closure audits) asks for when
 * an evaluation is allocated. {@code moderator}, {@code previousEvaluationReference} and {@code themeReference}
 * may be null.
 */
public record AllocationRequest(String childReference, String evaluationType, String auditor, String moderator,
    String allocatedBy, String previousEvaluationReference, String themeReference) {

  public AllocationRequest(String childReference, String evaluationType, String auditor, String moderator,
      String allocatedBy, String previousEvaluationReference) {
    this(childReference, evaluationType, auditor, moderator, allocatedBy, previousEvaluationReference, null);
  }
}
