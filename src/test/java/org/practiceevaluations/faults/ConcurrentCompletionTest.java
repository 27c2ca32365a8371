package org.practiceevaluations.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.engine.forms.ConcurrentCompletionPlugin;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.DemoUsers;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people of the audit team complete the same task at the same moment: one succeeds, the other gets a clear
 * message (400) and nothing is doubled; a form sent for a task already completed gets a clear message too.
 */
@AppTest
class ConcurrentCompletionTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired LatchedFormHandler latch;

  String deploymentId;
  String instanceId;

  @BeforeEach
  void aTaskOfferedToTheAuditTeam() {
    deploymentId = repositoryService.createDeployment().name("concurrency-test")
        .addClasspathResource("concurrency/shared-task.bpmn").addClasspathResource("concurrency/test-latched.form")
        .deploy().getId();
    instanceId = runtimeService.startProcessInstanceByKey("shared-task-test").getId();
  }

  @AfterEach
  void removeIt() {
    latch.disarm();
    repositoryService.deleteDeployment(deploymentId, true, true);
  }

  @Test
  void whenTwoPeopleCompleteTheSameTaskAtOnceOneSucceedsAndTheOtherIsToldClearly() throws Exception {
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    latch.arm(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Http.Response>> results = new ArrayList<>();
    for (String user : List.of(DemoUsers.AUDIT_MANAGER, "tpatel")) {
      results.add(pool.submit(() -> Http.basic(port, user, DemoUsers.PASSWORD).sendJson("POST",
          "/engine-rest/task/" + taskId + "/submit-form",
          "{\"variables\": {\"note\": {\"value\": \"" + user + "\"}}}", false)));
    }
    List<Http.Response> responses = new ArrayList<>();
    for (Future<Http.Response> result : results) {
      responses.add(result.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(responses).extracting(Http.Response::status).containsExactlyInAnyOrder(204, 400);
    Http.Response refused = responses.stream().filter(r -> r.status() == 400).findFirst().orElseThrow();
    assertThat(refused.json().get("message").asText()).contains(ConcurrentCompletionPlugin.MESSAGE);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instanceId).finished().count())
        .as("the task was completed once").isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).finished().count())
        .isEqualTo(1);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName("savedBy").count()).as("only the winner's answer is kept").isEqualTo(1);
  }

  @Test
  void aFormSentForATaskAlreadyCompletedIsToldSo() {
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    Http first = Http.basic(port, DemoUsers.AUDIT_MANAGER, DemoUsers.PASSWORD);
    assertThat(first.sendJson("POST", "/engine-rest/task/" + taskId + "/submit-form",
        "{\"variables\": {\"note\": {\"value\": \"first\"}}}", false).status()).isEqualTo(204);
    Http.Response late = Http.basic(port, "tpatel", DemoUsers.PASSWORD).sendJson("POST",
        "/engine-rest/task/" + taskId + "/submit-form", "{\"variables\": {\"note\": {\"value\": \"late\"}}}", false);
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.json().get("message").asText()).contains(ConcurrentCompletionPlugin.GONE);
  }
}
