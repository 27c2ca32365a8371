package org.practiceevaluations.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped team review rules ({@code processes/team-review-rules.dmn}) on their own: how far back, how many. */
class TeamReviewRulesTableTest {

  static DmnEngine engine;
  static List<DmnDecision> decisions;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = TeamReviewRulesTableTest.class.getResourceAsStream("/processes/team-review-rules.dmn")) {
      decisions = engine.parseDecisions(in);
    }
  }

  @Test
  void everyServiceAreaCountsTheLastSixMonths() {
    for (String area : new String[] {"FDA", "SFS", "CIC", null}) {
      java.util.HashMap<String, Object> inputs = new java.util.HashMap<>();
      inputs.put("serviceAreaCode", area);
      DmnDecisionTableResult result = engine.evaluateDecisionTable(decision(TeamReviewRules.PERIOD_DECISION), inputs);
      assertThat(result.getSingleResult().<String>getEntry("lookBack")).as("area %s", area).isEqualTo("P6M");
    }
  }

  @ParameterizedTest(name = "{0} inadequate, {1} requires improvement or inadequate: review {2}")
  @CsvSource({"0, 0, false", "0, 2, false", "1, 2, false", "0, 3, true", "1, 3, true", "2, 2, true", "2, 5, true"})
  void aTeamWithTwoInadequateOrThreeLowGradesIsReviewed(int inadequate, int low, boolean review) {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(decision(TeamReviewRules.RULE_DECISION),
        Map.of("inadequateGrades", inadequate, "lowGrades", low));
    assertThat(result.getSingleResult().<Boolean>getEntry("reviewNeeded")).isEqualTo(review);
    String reason = result.getSingleResult().getEntry("reason");
    if (inadequate >= 2) {
      assertThat(reason).startsWith("Two or more");
    } else if (low >= 3) {
      assertThat(reason).startsWith("Three or more");
    } else {
      assertThat(reason).isEmpty();
    }
  }

  private static DmnDecision decision(String key) {
    return decisions.stream().filter(d -> d.getKey().equals(key)).findFirst().orElseThrow();
  }
}
