package org.practiceevaluations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.journey.Answers;
import org.practiceevaluations.journey.TasklistClient;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.BackgroundSteps;
import org.practiceevaluations.support.DemoUsers;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drafts on the server (docs/guide.md, "Saving a draft"; ADR 0021): kept against the task and the person, read back
 * by that person only, refused for anyone who may not see the task (the same 404 as for no task), and gone when the
 * task completes.
 */
@AppTest
class FormDraftsTest {

  private static final String DRAFT = "{\"sections\":[{\"statementsMet\":[\"chronology\"],\"judgement\":\"good\","
      + "\"commentary\":\"The chronology is current.\",\"key\":\"childs-journey\"}],\"overallGrade\":null}";

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  TasklistClient auditor;
  String ref;
  String taskId;

  @BeforeEach
  void anEvaluationAtTheEvaluationForm() {
    TasklistClient auditManager = new TasklistClient(port, DemoUsers.AUDIT_MANAGER);
    auditor = new TasklistClient(port, "cevans");
    Http.Response started = auditManager.startProcess("practice-evaluation", Map.of("childReference", "C104311",
        "evaluationType", "monthly", "auditor", "cevans"));
    ref = started.json().get("businessKey").asText();
    BackgroundSteps.run(managementService);
    auditor.complete(ref, Elements.READ_ALLOCATION, Answers.allocationRead());
    auditor.complete(ref, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(false));
    taskId = auditor.task(ref, Elements.COMPLETE_EVALUATION);
  }

  @Test
  void theAuditorKeepsADraftAndReadsItBackWithWhenItWasSaved() {
    Http cevans = Http.basic(port, "cevans", DemoUsers.PASSWORD);
    assertThat(cevans.get(path()).status()).as("no draft yet").isEqualTo(404);

    Http.Response kept = cevans.sendJson("PUT", path(), DRAFT, false);
    assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
    assertThat(kept.json().get("savedAt").asText()).isNotBlank();

    Http.Response read = cevans.get(path());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("data").toString()).isEqualTo(DRAFT);
    assertThat(read.json().get("taskKey").asText()).isEqualTo(Elements.COMPLETE_EVALUATION);
    assertThat(read.json().get("savedAt").asText()).isEqualTo(kept.json().get("savedAt").asText());

    // saved again: one draft, the newer
    cevans.sendJson("PUT", path(), DRAFT.replace("current", "current and clear"), false);
    assertThat(cevans.get(path()).json().get("data").toString()).contains("current and clear");
    assertThat(drafts()).isEqualTo(1);
    assertThat(runtimeService.getVariables(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(ref).singleResult().getId()).toString())
        .as("nothing of the draft in the engine").doesNotContain("chronology is current");
  }

  @Test
  void nobodyWhoMayNotSeeTheTaskReadsOrWritesADraftOfItAndEachPersonHasTheirOwn() {
    Http.basic(port, "cevans", DemoUsers.PASSWORD).sendJson("PUT", path(), DRAFT, false);

    for (String stranger : List.of("ejones", "pmurphy", "bowen")) {
      Http http = Http.basic(port, stranger, DemoUsers.PASSWORD);
      assertThat(http.get(path()).status()).as(stranger + " reads").isEqualTo(404);
      assertThat(http.sendJson("PUT", path(), "{\"overallGrade\":\"inadequate\"}", false).status())
          .as(stranger + " writes").isEqualTo(404);
      assertThat(http.send("DELETE", path(), null, null, Map.of("X-XSRF-TOKEN", "x")).status())
          .as(stranger + " discards").isEqualTo(404);
    }
    // a task that does not exist gets the same answer
    assertThat(Http.basic(port, "cevans", DemoUsers.PASSWORD).get("/api/tasks/no-such-task/draft").status())
        .isEqualTo(404);
    // the audit team sees every task, but not another person's draft
    assertThat(Http.basic(port, "tpatel", DemoUsers.PASSWORD).get(path()).status()).isEqualTo(404);
    assertThat(Http.anonymous(port).get(path()).status()).isEqualTo(401);
    assertThat(drafts()).isEqualTo(1);
    assertThat(Http.basic(port, "cevans", DemoUsers.PASSWORD).get(path()).json().get("data").toString())
        .isEqualTo(DRAFT);
  }

  @Test
  void aTasklistSessionKeepsADraftOnlyWithItsXsrfToken() {
    Http tasklist = Http.anonymous(port);
    assertThat(tasklist.webappLogin("tasklist", "cevans", DemoUsers.PASSWORD).status()).isEqualTo(200);
    byte[] body = DRAFT.getBytes(StandardCharsets.UTF_8);

    assertThat(tasklist.send("PUT", path(), "application/json", body, Map.of()).status()).isEqualTo(403);
    assertThat(drafts()).isZero();
    assertThat(tasklist.send("PUT", path(), "application/json", body,
        Map.of("X-XSRF-TOKEN", tasklist.xsrfToken())).status()).isEqualTo(200);
    assertThat(drafts()).isEqualTo(1);
  }

  @Test
  void aDraftThatIsNotTheFormsDataIsRefused() {
    Http.Response refused = Http.basic(port, "cevans", DemoUsers.PASSWORD).sendJson("PUT", path(), "[1, 2]", false);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("one JSON object");
    assertThat(drafts()).isZero();
  }

  @Test
  void theDraftIsDeletedWhenTheTaskCompletesAndCanBeDiscarded() {
    Http cevans = Http.basic(port, "cevans", DemoUsers.PASSWORD);
    cevans.sendJson("PUT", path(), DRAFT, false);
    assertThat(cevans.send("DELETE", path(), null, null, Map.of("X-XSRF-TOKEN", "x")).status()).isEqualTo(204);
    assertThat(drafts()).isZero();

    cevans.sendJson("PUT", path(), DRAFT, false);
    Http.basic(port, "tpatel", DemoUsers.PASSWORD).sendJson("PUT", path(), DRAFT, false);
    assertThat(drafts()).isEqualTo(2);
    auditor.complete(ref, Elements.COMPLETE_EVALUATION, Answers.evaluation("good", "ejones", "pmurphy"));
    assertThat(drafts()).as("every draft of the completed task").isZero();
  }

  private String path() {
    return "/api/tasks/" + taskId + "/draft";
  }

  private long drafts() {
    return jdbc.queryForObject("select count(*) from pe_form_draft where task_id = ?", Long.class, taskId);
  }
}
