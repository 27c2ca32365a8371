package org.practiceevaluations.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;
import static org.practiceevaluations.support.DemoUsers.SOCIAL_WORKER;
import static org.practiceevaluations.support.DemoUsers.TEAM_MANAGER;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * People see the tasks assigned to them or offered to their groups, and nothing else (ADR 0001): the engine grants
 * READ and TASK_WORK on each task to its assignee and candidate groups; the audit team reads every task.
 */
@AppTest
class TaskVisibilityTest {

  private static final String PROCESS = "taskVisibilityCheck";
  /** A social worker of another team (Assessment Team South). */
  private static final String OTHER_TEAMS_WORKER = "awilliams";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private String deploymentId;

  @BeforeEach
  void startWorkForTwoSocialWorkersAndTheTeamManagers() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
        .startEvent().parallelGateway("Gateway_Fork")
        .userTask("Task_Mine").name("Emma's task").camundaAssignee(SOCIAL_WORKER).endEvent()
        .moveToNode("Gateway_Fork")
        .userTask("Task_OtherTeam").name("Another team's task").camundaAssignee(OTHER_TEAMS_WORKER).endEvent()
        .moveToNode("Gateway_Fork")
        .userTask("Task_Managers").name("A task for any team manager").camundaCandidateGroups("team-managers")
        .endEvent()
        .done();
    deploymentId = repositoryService.createDeployment().name(PROCESS)
        .addModelInstance(PROCESS + ".bpmn", model).deploy().getId();
    runtimeService.startProcessInstanceByKey(PROCESS);
  }

  @AfterEach
  void removeTheWork() {
    repositoryService.deleteDeployment(deploymentId, true, true);
  }

  private List<String> tasksSeenBy(String user) {
    List<String> names = new ArrayList<>();
    Http.basic(port, user, PASSWORD).get("/engine-rest/task?processDefinitionKey=" + PROCESS).json()
        .forEach(task -> names.add(task.get("name").asText()));
    return names;
  }

  @Test
  void aSocialWorkerSeesOnlyTheirOwnTask() {
    assertThat(tasksSeenBy(SOCIAL_WORKER)).containsExactly("Emma's task");
  }

  @Test
  void aTeamManagerSeesTheTaskOfferedToTeamManagers() {
    assertThat(tasksSeenBy(TEAM_MANAGER)).containsExactly("A task for any team manager");
  }

  @Test
  void theAuditManagerSeesEveryTask() {
    assertThat(tasksSeenBy(AUDIT_MANAGER)).containsExactlyInAnyOrder(
        "Emma's task", "Another team's task", "A task for any team manager");
  }

  @Test
  void aSocialWorkerCannotCompleteAnotherTeamsTask() {
    String otherTeamsTask = taskService.createTaskQuery().processDefinitionKey(PROCESS)
        .taskAssignee(OTHER_TEAMS_WORKER).singleResult().getId();

    Http.Response response = Http.basic(port, SOCIAL_WORKER, PASSWORD).send("POST",
        "/engine-rest/task/" + otherTeamsTask + "/complete", "application/json",
        "{}".getBytes(StandardCharsets.UTF_8), Map.of());

    assertThat(response.status()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(otherTeamsTask).count()).isEqualTo(1);
  }
}
