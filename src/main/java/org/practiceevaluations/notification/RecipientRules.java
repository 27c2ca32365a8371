package org.practiceevaluations.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.exception.dmn.DecisionDefinitionNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Which roles receive which template: the decision table {@code notification-recipients}
 * ({@code processes/notification-recipients.dmn}, hit policy COLLECT), evaluated by key so the latest deployed
 * version counts. A process owner changes who is told about what in Camunda Modeler and redeploys; no Java
 * changes.
 *
 * <p>Inputs: {@code template} (the key), {@code finalGrade} (a grade code such as {@code inadequate}, or null),
 * {@code evaluationType} and {@code moderated} when there is an evaluation, and every process variable of the
 * execution, so a new input column may test any of them. Output column: {@code role}.
 */
@Component
public class RecipientRules {

  public static final String DECISION_KEY = "notification-recipients";
  public static final String OUTPUT_ROLE = "role";

  private final DecisionService decisionService;

  public RecipientRules(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /** The roles, in the order of the table's rules, without repeats. */
  public List<RecipientRole> rolesFor(NotificationContext context) {
    Map<String, Object> inputs = new HashMap<>(context.variables());
    inputs.put("template", context.template().key());
    inputs.put("finalGrade", context.finalGradeCode());
    context.evaluationIfAny().ifPresent(e -> {
      inputs.put("evaluationType", e.type().code());
      inputs.put("moderated", e.moderated());
    });
    DmnDecisionTableResult result;
    try {
      result = decisionService.evaluateDecisionTableByKey(DECISION_KEY, inputs);
    } catch (DecisionDefinitionNotFoundException e) {
      throw new NotificationException("The decision table " + DECISION_KEY
          + " (who receives which notification) is not deployed.");
    }
    List<RecipientRole> roles = new ArrayList<>();
    for (Object value : result.collectEntries(OUTPUT_ROLE)) {
      String key = value == null ? "" : value.toString().trim();
      RecipientRole role = RecipientRole.byKey(key).orElseThrow(() -> new NotificationException(
          "The decision table " + DECISION_KEY + " names an unknown role '" + key + "' for "
              + context.template().key() + ". Known roles: " + knownRoles() + "."));
      if (!roles.contains(role)) {
        roles.add(role);
      }
    }
    return roles;
  }

  private static String knownRoles() {
    return String.join(", ", java.util.Arrays.stream(RecipientRole.values()).map(RecipientRole::key).toList());
  }
}
