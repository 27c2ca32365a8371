package org.practiceevaluations.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.BackgroundSteps;
import org.practiceevaluations.caseregister.CaseRegister;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.DemoUsers;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One month's cycle on the demo register, through the engine REST API as the audit manager: a request someone
 * made is accepted and comes first, one case per team is chosen, the categories per service area, every case has
 * an auditor free of conflict; after the review the evaluations that start are exactly the reviewed ones.
 */
@AppTest
class MonthlyCycleIntegrationTest {

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired AuditCycleRepository cycles;
  @Autowired EvaluationRepository evaluations;
  @Autowired CaseRegister register;
  @Autowired TransactionTemplate tx;

  @Test
  void aMonthsCycleChoosesReviewsAndStartsTheExpectedEvaluations() throws Exception {
    Http socialWorker = Http.basic(port, "lmoore", DemoUsers.PASSWORD);
    Http auditManager = Http.basic(port, "kmorgan", DemoUsers.PASSWORD);

    // a social worker asks for a case of her own team; the audit manager accepts
    Http.Response requested = socialWorker.sendJson("POST",
        "/engine-rest/process-definition/key/audit-request/submit-form", """
        {"variables": {"childReference": {"value": "C105051"}, "requestReason": {"value": "newly-qualified"},
          "requestDetails": {"value": "I qualified in June and would value an outside view."}}}""", false);
    assertThat(requested.status()).as(requested.toString()).isEqualTo(200);
    String request = requested.json().get("businessKey").asText();
    assertThat(request).matches("AR-\\d{4}-\\d{4}");
    String decide = singleTask(auditManager, request, "Task_DecideRequest");
    assertThat(auditManager.sendJson("POST", "/engine-rest/task/" + decide + "/submit-form",
        "{\"variables\": {\"requestAccepted\": {\"value\": \"yes\"}}}", false).status()).isEqualTo(204);
    runBackgroundSteps();

    Http.Response started = auditManager.sendJson("POST",
        "/engine-rest/process-definition/key/monthly-audit-cycle/submit-form", "{\"variables\": {}}", false);
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String cycleReference = started.json().get("businessKey").asText();
    assertThat(cycleReference).startsWith("AC-");

    List<CycleCase> proposed = tx.execute(s -> new ArrayList<>(cycles.findByReference(cycleReference).orElseThrow()
        .getCases()));
    assertThat(proposed.get(0).getChildReference()).as("the accepted request comes first").isEqualTo("C105051");
    assertThat(proposed.get(0).getCategory()).isEqualTo(CycleSelection.Category.REQUEST);
    Set<String> teamsWithARandomCase = new HashSet<>();
    for (CycleCase c : proposed) {
      ChildCase child = register.get(c.getChildReference());
      assertThat(child.isOpen()).isTrue();
      assertThat(c.getAuditor()).as(c.getChildReference())
          .isNotEqualTo(child.getAllocatedWorker()).isNotEqualTo(child.getTeam().getTeamManager());
      if (c.getCategory() == CycleSelection.Category.RANDOM) {
        assertThat(teamsWithARandomCase.add(child.getTeam().getCode())).as("one random case per team").isTrue();
      }
      if (c.getModerator() != null) {
        assertThat(c.getModerator()).isNotEqualTo(c.getAuditor());
      }
    }
    assertThat(teamsWithARandomCase).containsExactlyInAnyOrder("ATN", "ATS", "FST1", "FST2", "CICT", "LCT");
    assertThat(proposed).extracting(CycleCase::getCategory)
        .contains(CycleSelection.Category.LOOKED_AFTER, CycleSelection.Category.CHILD_PROTECTION_PLAN);

    // the review shows the proposal; the audit manager leaves the last case out
    String review = singleTask(auditManager, cycleReference, "Task_ReviewSelection");
    JsonNode shown = auditManager.get("/engine-rest/task/" + review + "/form-variables?deserializeValues=false").json();
    JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(shown.get("cycleCases").get("value").asText());
    assertThat(rows).hasSize(proposed.size());
    StringBuilder edited = new StringBuilder("[");
    for (int i = 0; i < rows.size(); i++) {
      com.fasterxml.jackson.databind.node.ObjectNode row = (com.fasterxml.jackson.databind.node.ObjectNode) rows.get(i);
      row.put("included", i < rows.size() - 1);
      edited.append(i == 0 ? "" : ",").append(row);
    }
    edited.append("]");
    Http.Response reviewed = auditManager.sendJson("POST", "/engine-rest/task/" + review + "/submit-form",
        "{\"variables\": {\"cycleCases\": {\"value\": " + com.fasterxml.jackson.databind.node.TextNode
            .valueOf(edited.toString()) + ", \"type\": \"Json\"}}}", false);
    assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(204);
    runBackgroundSteps();

    tx.executeWithoutResult(s -> {
      AuditCycle cycle = cycles.findByReference(cycleReference).orElseThrow();
      assertThat(cycle.getStatus()).isEqualTo(AuditCycle.Status.STARTED);
      List<CycleCase> cases = cycle.getCases();
      for (int i = 0; i < cases.size(); i++) {
        CycleCase c = cases.get(i);
        if (i == cases.size() - 1) {
          assertThat(c.isIncluded()).isFalse();
          assertThat(c.getEvaluationReference()).isNull();
          continue;
        }
        Evaluation e = evaluations.findByReference(c.getEvaluationReference()).orElseThrow();
        assertThat(e.getChildReference()).isEqualTo(c.getChildReference());
        assertThat(e.people().auditor()).isEqualTo(c.getAuditor());
        assertThat(e.people().moderator()).isEqualTo(c.getModerator());
        assertThat(e.isModerated()).isEqualTo(c.getModerator() != null);
        assertThat(e.people().allocatedBy()).isEqualTo("kmorgan");
        assertThat(e.getType()).isIn(EvaluationType.MONTHLY, EvaluationType.MODERATED);
      }
    });
    List<String> startedReferences = tx.execute(s -> cycles.findByReference(cycleReference).orElseThrow().getCases().stream()
        .map(CycleCase::getEvaluationReference).filter(java.util.Objects::nonNull).toList());
    assertThat(startedReferences).hasSize(proposed.size() - 1);
    for (String reference : startedReferences) {
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("practice-evaluation")
          .processInstanceBusinessKey(reference).count()).as(reference + " is running").isEqualTo(1);
    }
  }

  @Test
  void aRequestForAnUnknownCaseIsRefusedAndNothingIsRecorded() {
    Http socialWorker = Http.basic(port, "lmoore", DemoUsers.PASSWORD);
    Http.Response refused = socialWorker.sendJson("POST",
        "/engine-rest/process-definition/key/audit-request/submit-form",
        "{\"variables\": {\"childReference\": {\"value\": \"C000000\"}, \"requestReason\": {\"value\": \"other\"}}}",
        false);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .contains("An evaluation can be requested only for an open case: check the child reference C000000.")
        .contains("Say what the other reason is.");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("audit-request")
        .variableValueEquals("childReference", "C000000").count()).isZero();
  }

  @Test
  void theAuditTeamSeesEachManagersShareOfTheirOwnEvaluations() {
    Http.Response share = Http.basic(port, "kmorgan", DemoUsers.PASSWORD).get("/api/reports/managers-share");
    assertThat(share.status()).isEqualTo(200);
    List<String> managers = new ArrayList<>();
    share.json().forEach(row -> managers.add(row.get("userId").asText()));
    assertThat(managers).contains("pmurphy", "cevans", "lharris", "mbegum");
    assertThat(Http.basic(port, "ejones", DemoUsers.PASSWORD).get("/api/reports/managers-share").status())
        .isEqualTo(403);
    assertThat(Http.anonymous(port).get("/api/reports/managers-share").status()).isEqualTo(401);
  }

  private static String singleTask(Http http, String businessKey, String key) {
    JsonNode tasks = http.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey="
        + key).json();
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  void runBackgroundSteps() {
    BackgroundSteps.run(managementService);
  }
}
