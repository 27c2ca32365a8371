package org.practiceevaluations.learning;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.practiceevaluations.common.AsApplication;
import org.camunda.bpm.engine.exception.dmn.DecisionDefinitionNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The rule for team reviews: the decision tables in {@code processes/team-review-rules.dmn}, evaluated by key so the
 * latest deployed version counts. {@code team-review-period} says how far back to count, by service area;
 * {@code team-review-rule} whether the counts call for a review meeting, and why.
 */
@Component
public class TeamReviewRules {

  public static final String PERIOD_DECISION = "team-review-period";
  public static final String RULE_DECISION = "team-review-rule";

  private final DecisionService decisions;
  private final AsApplication asApplication;

  public TeamReviewRules(DecisionService decisions, AsApplication asApplication) {
    this.decisions = decisions;
    this.asApplication = asApplication;
  }

  /** The look-back period for a service area (ISO 8601). */
  public String lookBack(String serviceAreaCode) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("serviceAreaCode", serviceAreaCode);
    DmnDecisionTableResult result = evaluate(PERIOD_DECISION, inputs);
    Object lookBack = result.getSingleResult() == null ? null : result.getSingleResult().get("lookBack");
    if (lookBack == null) {
      throw new IllegalStateException("The decision table " + PERIOD_DECISION + " gives no period for the service area "
          + serviceAreaCode + ".");
    }
    return lookBack.toString();
  }

  /** Whether these counts call for a review meeting, and the reason for the invitation. */
  public Verdict verdict(int inadequateGrades, int lowGrades) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("inadequateGrades", inadequateGrades);
    inputs.put("lowGrades", lowGrades);
    DmnDecisionTableResult result = evaluate(RULE_DECISION, inputs);
    if (result.getSingleResult() == null) {
      return new Verdict(false, "");
    }
    Object needed = result.getSingleResult().get("reviewNeeded");
    Object reason = result.getSingleResult().get("reason");
    return new Verdict(Boolean.TRUE.equals(needed), reason == null ? "" : reason.toString());
  }

  public record Verdict(boolean reviewNeeded, String reason) {}

  private DmnDecisionTableResult evaluate(String key, Map<String, Object> inputs) {
    try {
      // the application consults its own rule (the person's right to ask was checked by the caller): no user
      // operation is logged, so the rule can be read in a read-only transaction (PostgreSQL refuses the log's insert)
      return asApplication.call(() -> decisions.evaluateDecisionTableByKey(key, inputs));
    } catch (DecisionDefinitionNotFoundException e) {
      throw new IllegalStateException("The decision table " + key + " (team review rules) is not deployed.");
    }
  }
}
