package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.support.EvaluationFixtures;
import org.practiceevaluations.support.FlakyMailSender;
import org.practiceevaluations.support.MailAppTest;
import org.practiceevaluations.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A process owner changes who receives a notification in the decision table and deploys it over the engine REST
 * API, as Camunda Modeler does: the next notification follows the new table, with no Java change.
 */
@MailAppTest
class RecipientsDecisionChangeTest {

  @Autowired ProcessEngine engine;
  @Autowired EvaluationFixtures fixtures;
  @Autowired TestRestTemplate rest;

  NotificationTestProcess process;
  String changedDeploymentId;
  ProcessEngine engineBefore;

  /**
   * The engine REST API finds its engine in Camunda's static registry ({@link ProcessEngines}), where the engine
   * of the Spring context started last in this JVM wins. Point it at this context's engine for the test.
   */
  @BeforeEach
  void restApiTalksToThisContextsEngine() {
    engineBefore = ProcessEngines.getProcessEngines().get(engine.getName());
    ProcessEngines.registerProcessEngine(engine);
  }

  @BeforeEach
  void setUp() {
    process = new NotificationTestProcess(engine);
    FlakyMailSender.reset();
    TestSmtp.start();
    TestSmtp.clear();
  }

  @AfterEach
  void putTheShippedTableBack() {
    if (changedDeploymentId != null) {
      // deleting a deployment with what runs on it is for the administrator alone
      ResponseEntity<String> deleted = rest.withBasicAuth("admin", "demo").exchange(
          "/engine-rest/deployment/" + changedDeploymentId + "?cascade=true", HttpMethod.DELETE, null, String.class);
      assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    if (engineBefore != null) {
      ProcessEngines.registerProcessEngine(engineBefore);
    }
  }

  @Test
  void aProcessOwnerRedeploysTheTableAndTheNextReminderGoesToTheTeamManagerInstead() throws IOException {
    String reference = fixtures.completed("C104977", "pmurphy", Grade.GOOD, null, null);
    process.sendNotification(process.startAbout("evaluation-reminder", reference));
    assertThat(TestSmtp.received()).extracting(TestSmtp::to).containsExactly("paul.murphy@lowfield.example");

    String changed = reminderGoesTo(shippedTable(), "team-manager");
    changedDeploymentId = deployAsProcessOwner(changed);
    TestSmtp.clear();

    process.sendNotification(process.startAbout("evaluation-reminder", reference));

    assertThat(TestSmtp.received()).extracting(TestSmtp::to).containsExactly("ngozi.adeyemi@lowfield.example");
    assertThat(MailParts.of(TestSmtp.received().get(0)).text()).contains("You are receiving this as the team manager.");
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(RecipientRules.DECISION_KEY).latestVersion().singleResult().getDeploymentId())
        .isEqualTo(changedDeploymentId);
  }

  private String deployAsProcessOwner(String dmn) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "notification-recipients changed by a process owner");
    body.add("deployment-source", "Camunda Modeler");
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(MediaType.APPLICATION_XML);
    body.add("data", new HttpEntity<>(new ByteArrayResource(dmn.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "notification-recipients.dmn";
      }
    }, fileHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> response = rest.withBasicAuth("bowen", "demo")
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).extractingByKey("deployedDecisionDefinitions").isNotNull();
    return (String) response.getBody().get("id");
  }

  /** The shipped table with the reminder's "auditor" row pointed at another role. */
  static String reminderGoesTo(String dmn, String role) {
    Matcher rule = Pattern.compile("<rule id=\"[^\"]+\">(?:(?!</rule>).)*\"evaluation-reminder\"(?:(?!</rule>).)*</rule>",
        Pattern.DOTALL).matcher(dmn);
    assertThat(rule.find()).isTrue();
    String changedRule = rule.group().replace("\"auditor\"", "\"" + role + "\"");
    return dmn.substring(0, rule.start()) + changedRule + dmn.substring(rule.end());
  }

  static String shippedTable() throws IOException {
    try (InputStream in = RecipientsDecisionChangeTest.class.getResourceAsStream("/processes/notification-recipients.dmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
