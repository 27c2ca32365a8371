package org.practiceevaluations.notification;

import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars;
import org.practiceevaluations.common.StepFailure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.Input;
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
 *
 * <p>The answer is remembered per version of the table and per values of the variables its input columns name,
 * when every input column is a plain variable name with a plain value (as in the shipped table, whose columns are
 * {@code template} and {@code finalGrade}): the same inputs give the same roles. The table has 53 rules, and the
 * engine's FEEL evaluator rebuilds its context for each rule's test, which made this decision a third of the work
 * of every notification (see the README's "Performance"). A newly deployed version is read at once; a column with
 * any other expression is evaluated every time, as before. Remembered answers are not written to the decision
 * history again (the ledger, {@code pe_notification}, records who was sent what).
 */
@Component
public class RecipientRules {

  public static final String DECISION_KEY = "notification-recipients";
  public static final String OUTPUT_ROLE = "role";

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** Remembered answers are few (templates x grades); past this many, answers are no longer remembered. */
  private static final int MAX_REMEMBERED = 2_000;

  private final DecisionService decisionService;
  private final RepositoryService repositoryService;
  /** Per decision definition id: the variable names of its input columns, or empty when one is not a name. */
  private final Map<String, Optional<List<String>>> columns = new ConcurrentHashMap<>();
  private final Map<List<Object>, List<RecipientRole>> remembered = new ConcurrentHashMap<>();

  public RecipientRules(DecisionService decisionService, RepositoryService repositoryService) {
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
  }

  /** The roles, in the order of the table's rules, without repeats. */
  public List<RecipientRole> rolesFor(NotificationContext context) {
    Map<String, Object> inputs = new HashMap<>(context.variables());
    Notify.TEMPLATE.put(inputs, context.template().key());
    Vars.FINAL_GRADE.put(inputs, context.finalGradeCode());
    context.evaluationIfAny().ifPresent(e -> {
      Vars.EVALUATION_TYPE.put(inputs, e.type().code());
      Vars.MODERATED.put(inputs, e.moderated());
    });
    DecisionDefinition table = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
        .latestVersion().singleResult();
    if (table == null) {
      throw new NotificationException(StepFailure.RECIPIENTS_TABLE.say("The decision table " + DECISION_KEY
          + " (who receives which notification) is not deployed."));
    }
    List<Object> key = key(table.getId(), inputs);
    List<RecipientRole> known = key == null ? null : remembered.get(key);
    if (known != null) {
      return known;
    }
    List<RecipientRole> roles = evaluate(table.getId(), inputs, context);
    if (key != null && remembered.size() < MAX_REMEMBERED) {
      remembered.put(key, roles);
    }
    return roles;
  }

  /** The table's version and the values of the variables its columns name; null when that does not decide it. */
  private List<Object> key(String definitionId, Map<String, Object> inputs) {
    Optional<List<String>> names = columns.computeIfAbsent(definitionId, this::columnNames);
    if (names.isEmpty()) {
      return null;
    }
    List<Object> key = new ArrayList<>();
    key.add(definitionId);
    for (String name : names.get()) {
      Object value = inputs.get(name);
      if (value != null && !(value instanceof String || value instanceof Boolean || value instanceof Number)) {
        return null;
      }
      key.add(value);
    }
    return key;
  }

  private Optional<List<String>> columnNames(String definitionId) {
    List<String> names = new ArrayList<>();
    for (Input input : repositoryService.getDmnModelInstance(definitionId).getModelElementsByType(Input.class)) {
      String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null
          ? null : input.getInputExpression().getText().getTextContent().strip();
      if (expression == null || !NAME.matcher(expression).matches()) {
        return Optional.empty();
      }
      names.add(expression);
    }
    return Optional.of(List.copyOf(names));
  }

  private List<RecipientRole> evaluate(String definitionId, Map<String, Object> inputs, NotificationContext context) {
    DmnDecisionTableResult result = decisionService.evaluateDecisionTableById(definitionId, inputs);
    List<RecipientRole> roles = new ArrayList<>();
    for (Object value : result.collectEntries(OUTPUT_ROLE)) {
      String key = value == null ? "" : value.toString().trim();
      RecipientRole role = RecipientRole.byKey(key).orElseThrow(() -> new NotificationException(
          StepFailure.RECIPIENTS_TABLE.say("The decision table " + DECISION_KEY + " names an unknown role '" + key
              + "' for " + context.template().key() + ". Known roles: " + knownRoles() + ".")));
      if (!roles.contains(role)) {
        roles.add(role);
      }
    }
    return List.copyOf(roles);
  }

  private static String knownRoles() {
    return String.join(", ", java.util.Arrays.stream(RecipientRole.values()).map(RecipientRole::key).toList());
  }
}
