package org.practiceevaluations.notification;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.practiceevaluations.evaluation.EvaluationView;

/**
 * What one notification is about: the template, where in which process it was asked for, the process variables
 * of that execution, and the evaluation when the process carries one ({@code evaluationReference}).
 */
public record NotificationContext(
    NotificationTemplate template,
    String processInstanceId,
    String activityId,
    Map<String, Object> variables,
    EvaluationView evaluation) {

  public static final String EVALUATION_REFERENCE = "evaluationReference";
  public static final String TEAM_CODE = "teamCode";
  public static final String REQUESTER = "requester";
  public static final String RAISED_BY = "raisedBy";
  public static final String ACTION_OWNER = "actionOwner";
  public static final String SERVICE_AREA_CODE = "serviceAreaCode";
  /** A case of concern's reference ({@code CC-2026-0003}), the business key Tasklist shows on its tasks. */
  public static final String CONCERN_REFERENCE = "concernReference";

  public NotificationContext {
    variables = variables == null ? Map.of() : Collections.unmodifiableMap(variables);
  }

  public Optional<EvaluationView> evaluationIfAny() {
    return Optional.ofNullable(evaluation);
  }

  /** A process variable as trimmed text, empty when absent or blank. */
  public Optional<String> text(String name) {
    Object value = variables.get(name);
    if (value == null) {
      return Optional.empty();
    }
    String text = value.toString().trim();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The final grade's code ({@code inadequate}), or null while there is none. */
  public String finalGradeCode() {
    if (evaluation != null && evaluation.grades().finalGrade() != null) {
      return evaluation.grades().finalGrade().code();
    }
    return text("finalGrade").orElse(null);
  }

  /** The evaluation reference when there is one, for the ledger and the outbox. */
  public String evaluationReference() {
    return evaluation != null ? evaluation.reference() : text(EVALUATION_REFERENCE).orElse(null);
  }
}
