package org.practiceevaluations.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;
import static org.practiceevaluations.support.DemoUsers.PROCESS_OWNER;
import static org.practiceevaluations.support.DemoUsers.SOCIAL_WORKER;
import static org.practiceevaluations.support.DemoUsers.TEAM_MANAGER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may read the audit manager's view ({@code /api/audit}): the audit team, with HTTP Basic or with the Cockpit
 * session the plugin runs in; anyone else logged in is refused (403), nobody logged in is asked to log in (401).
 * The figures themselves are checked on a known data set in {@code AuditOverviewIT}.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiAccessTest {

  static final String OVERVIEW = "/api/audit/overview";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;

  String processInstanceId;
  String reference;

  @BeforeAll
  void allocateAnEvaluation() {
    Map<String, Object> start = new HashMap<>();
    start.put(PracticeEvaluationProcess.Vars.CHILD_REFERENCE.name(), "C104237");
    start.put(PracticeEvaluationProcess.Vars.EVALUATION_TYPE.name(), "monthly");
    start.put(PracticeEvaluationProcess.Vars.AUDITOR.name(), "rking");
    start.put(PracticeEvaluationProcess.Vars.ALLOCATED_BY.name(), AUDIT_MANAGER);
    processInstanceId = runtime.startProcessInstanceByKey(PracticeEvaluationProcess.KEY, start).getId();
    reference = (String) runtime.getVariable(processInstanceId, PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE.name());
  }

  @ParameterizedTest
  @ValueSource(strings = {AUDIT_MANAGER, "tpatel"})
  void theAuditTeamReadsTheOverviewAndTheTab(String user) {
    Http.Response overview = Http.basic(port, user, PASSWORD).get(OVERVIEW);
    Http.Response tab = Http.basic(port, user, PASSWORD).get(tabOf(processInstanceId));

    assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
    assertThat(overview.json().get("stages")).hasSize(6);
    assertThat(tab.status()).as(tab.toString()).isEqualTo(200);
    JsonNode evaluation = tab.json().get("evaluation");
    assertThat(evaluation.get("reference").asText()).isEqualTo(reference);
    assertThat(evaluation.get("stage").asText()).isEqualTo("ALLOCATED");
    assertThat(evaluation.get("theCase").get("team").asText()).isEqualTo("Assessment Team North");
    assertThat(evaluation.get("deadlines").get(1).get("state").asText()).isEqualTo("DUE");
  }

  @Test
  void theCockpitSessionThePluginRunsInIsEnough() {
    Http cockpit = Http.anonymous(port);
    assertThat(cockpit.webappLogin("cockpit", AUDIT_MANAGER, PASSWORD).status()).isEqualTo(200);

    assertThat(cockpit.get(OVERVIEW).status()).isEqualTo(200);
    assertThat(cockpit.get(tabOf(processInstanceId)).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {SOCIAL_WORKER, TEAM_MANAGER, PROCESS_OWNER})
  void anyoneElseLoggedInIsRefused(String user) {
    Http.Response overview = Http.basic(port, user, PASSWORD).get(OVERVIEW);
    Http.Response tab = Http.basic(port, user, PASSWORD).get(tabOf(processInstanceId));

    assertThat(overview.status()).isEqualTo(403);
    assertThat(overview.json().get("message").asText()).isEqualTo("This is only for Audit manager and audit team.");
    assertThat(tab.status()).isEqualTo(403);
    assertThat(tab.body()).doesNotContain(reference);
  }

  @Test
  void aProcessOwnersCockpitSessionIsRefusedToo() {
    Http cockpit = Http.anonymous(port);
    assertThat(cockpit.webappLogin("cockpit", PROCESS_OWNER, PASSWORD).status()).isEqualTo(200);

    assertThat(cockpit.get(OVERVIEW).status()).isEqualTo(403);
  }

  @Test
  void nobodyLoggedInIsAskedToLogIn() {
    assertThat(Http.anonymous(port).get(OVERVIEW).status()).isEqualTo(401);
    assertThat(Http.anonymous(port).get(tabOf(processInstanceId)).status()).isEqualTo(401);
  }

  @Test
  void cockpitLoadsThePluginsPageCodeAndStyles() {
    Http.Response script = Http.anonymous(port)
        .get("/camunda/api/cockpit/plugin/practice-evaluations/static/app/plugin.js");
    Http.Response styles = Http.anonymous(port)
        .get("/camunda/api/cockpit/plugin/practice-evaluations/static/app/plugin.css");

    assertThat(script.status()).isEqualTo(200);
    assertThat(script.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    assertThat(script.body()).contains("cockpit.dashboard");
    assertThat(styles.status()).isEqualTo(200);
    assertThat(styles.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
  }

  private static String tabOf(String processInstanceId) {
    return "/api/audit/process-instances/" + processInstanceId;
  }
}
