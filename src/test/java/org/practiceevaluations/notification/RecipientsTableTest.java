package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Grade;

/**
 * The shipped decision table {@code processes/notification-recipients.dmn} on its own (no Spring): who receives
 * each template for each grade, that it only names roles and templates the code knows, and that it opens in
 * Camunda Modeler with plain-English names.
 */
class RecipientsTableTest {

  static final String RESOURCE = "/processes/notification-recipients.dmn";

  @Test
  void everyTemplateGoesToTheRolesInIssueThreeForEveryGrade() throws Exception {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnDecision decision;
    try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
      decision = engine.parseDecision(RecipientRules.DECISION_KEY, in);
    }
    Map<String, List<String>> expected = new HashMap<>(NotificationTemplatesTest.ROLES);
    expected.put("request-accepted", List.of("requester"));
    expected.put("request-declined", List.of("requester"));
    expected.put("quarterly-report", List.of("all-managers", "learning-development-manager"));
    expected.put("learning-needs-summary", List.of("learning-development-manager", "learning-development"));
    expected.put("team-review-invitation", List.of("team-manager", "practice-manager"));
    expected.put("team-review-action-plan", List.of("team-manager", "practice-manager"));
    expected.put("qa-meeting-pack", List.of("practice-manager"));
    expected.put("quarterly-report-review-overdue", List.of("senior-leaders", "audit-manager"));
    expected.put("change-audit-overdue", List.of("team-manager", "audit-manager"));
    assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(NotificationTemplate.values()).map(NotificationTemplate::key).toList());

    List<String> grades = new ArrayList<>(Arrays.stream(Grade.values()).map(Grade::code).toList());
    grades.add(null);
    for (NotificationTemplate template : NotificationTemplate.values()) {
      for (String grade : grades) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("template", template.key());
        variables.put("finalGrade", grade);
        List<Object> roles = engine.evaluateDecisionTable(decision, variables).collectEntries(RecipientRules.OUTPUT_ROLE);
        List<String> want = new ArrayList<>(expected.get(template.key()));
        if ((template == NotificationTemplate.EVALUATION_SHARED || template == NotificationTemplate.EVALUATION_REVISED)
            && "inadequate".equals(grade)) {
          want.addAll(List.of("practice-manager", "head-of-service"));
        }
        assertThat(roles).as("%s, final grade %s", template.key(), grade).containsExactlyElementsOf(want);
      }
    }
  }

  @Test
  void theTableNamesOnlyKnownRolesAndOpensInModelerWithPlainEnglishNames() throws Exception {
    DmnModelInstance model;
    String xml;
    try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
      xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    model = Dmn.readModelFromStream(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Decision decision = model.getModelElementById(RecipientRules.DECISION_KEY);
    assertThat(decision.getName()).isEqualTo("Who receives each notification");
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(model.getModelElementsByType(Input.class)).extracting(Input::getLabel)
        .containsExactly("Notification", "Final grade (only when it matters)");
    for (OutputEntry entry : model.getModelElementsByType(OutputEntry.class)) {
      String role = entry.getTextContent().replace("\"", "").trim();
      assertThat(RecipientRole.byKey(role)).as("role %s", role).isPresent();
    }
    for (Rule rule : model.getModelElementsByType(Rule.class)) {
      assertThat(rule.getDescription()).as("rule %s explains itself", rule.getId()).isNotNull();
      String template = rule.getInputEntries().iterator().next().getTextContent().replace("\"", "").trim();
      assertThat(NotificationTemplate.byKey(template)).as("template %s", template).isPresent();
    }
    assertThat(xml).contains("<dmndi:DMNShape id=\"DMNShape_NotificationRecipients\" dmnElementRef=\"notification-recipients\">");
  }
}
