package org.practiceevaluations.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule that closes a case of concern, as shipped in {@code processes/concern-deadlines.dmn} (decision
 * concern-outcome): the re-audit not inadequate AND the practice manager's latest review confirming the improvement
 * held; a re-audit still inadequate carries it on; anything else keeps the monthly reviews going.
 */
class ConcernOutcomeTableTest {

  @ParameterizedTest(name = "re-audit {0}, improvement held {1}: {2}")
  @CsvSource(nullValues = "none", value = {
      "none, none, keep-reviewing",
      "none, true, keep-reviewing",
      "none, false, keep-reviewing",
      "good, none, keep-reviewing",
      "good, false, keep-reviewing",
      "good, true, close",
      "outstanding, true, close",
      "requires-improvement, true, close",
      "requires-improvement, false, keep-reviewing",
      "inadequate, true, carry-on",
      "inadequate, false, carry-on",
      "inadequate, none, carry-on"})
  void theConcernClosesOnlyWhenTheReAuditIsNotInadequateAndTheLatestReviewSaysTheImprovementHeld(String reAuditGrade,
      Boolean improvementSustained, String outcome) throws Exception {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnDecision decision;
    try (InputStream in = getClass().getResourceAsStream("/processes/concern-deadlines.dmn")) {
      decision = engine.parseDecision("concern-outcome", in);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseOfConcernProcess.Vars.IMPROVEMENT_SUSTAINED.name(), improvementSustained);
    variables.put("reAuditGrade", reAuditGrade);
    assertThat(engine.evaluateDecisionTable(decision, variables).getSingleResult()
        .<String>getEntry(CaseOfConcernProcess.Vars.CONCERN_OUTCOME.name())).isEqualTo(outcome);
  }
}
