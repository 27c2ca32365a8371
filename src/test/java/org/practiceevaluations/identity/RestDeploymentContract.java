package org.practiceevaluations.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;
import static org.practiceevaluations.support.DemoUsers.PROCESS_OWNER;
import static org.practiceevaluations.support.DemoUsers.SOCIAL_WORKER;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.Http;
import org.practiceevaluations.support.ModelDeployments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Deploying a changed model over the engine REST API, as Camunda Modeler does (README, "Deploying a changed
 * model"): process owners may, nobody else may. Run on H2 and on PostgreSQL by its subclasses. Every deployment a
 * test makes is removed afterwards.
 */
abstract class RestDeploymentContract {

  private static final String CREATE_DEPLOYMENT = "/engine-rest/deployment/create";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String processKey = "deployCheck_" + suffix.replace('-', '_');
  private final String formId = "deploy-check-form-" + suffix;
  private final List<String> deploymentNames = new ArrayList<>();

  @AfterEach
  void removeTheDeployments() {
    ModelDeployments.remove(repositoryService, deploymentNames);
  }

  @Test
  void aProcessOwnerDeploysAChangedModelFromCamundaModeler() {
    Http.Response response = deploy(PROCESS_OWNER, processKey + ".bpmn", bpmn());

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    String deploymentId = response.json().get("id").asText();
    assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getKey())
        .isEqualTo(processKey);
  }

  @Test
  void aSocialWorkerCannotDeploy() {
    Http.Response response = deploy(SOCIAL_WORKER, processKey + ".bpmn", bpmn());

    assertThat(response.status()).as(response.toString()).isEqualTo(403);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).count()).isZero();
  }

  @Test
  void aFormDeployedOnItsOwnIsTheOneTasklistShowsForAnEarlierDeployedModel() throws Exception {
    assertThat(deploy(PROCESS_OWNER, processKey + ".bpmn", bpmn()).status()).isEqualTo(200);
    assertThat(deploy(PROCESS_OWNER, formId + ".form", form("First version")).status()).isEqualTo(200);
    assertThat(deploy(PROCESS_OWNER, formId + ".form", form("Changed wording")).status()).isEqualTo(200);

    String instanceId = runtimeService.startProcessInstanceByKey(processKey).getId();
    Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();

    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("Changed wording");
    }
  }

  private Http.Response deploy(String user, String fileName, String content) {
    String deploymentName = "rest-deployment-test-" + suffix + "-" + deploymentNames.size();
    deploymentNames.add(deploymentName);
    return Http.basic(port, user, PASSWORD).postMultipart(CREATE_DEPLOYMENT,
        Map.of("deployment-name", deploymentName, "deployment-source", "Camunda Modeler"),
        Map.of(fileName, content.getBytes(StandardCharsets.UTF_8)));
  }

  private String form(String label) {
    return """
        {"id": "%s", "type": "default", "schemaVersion": 16,
         "components": [{"id": "Field_Note", "key": "note", "type": "textfield", "label": "%s"}]}
        """.formatted(formId, label);
  }

  private String bpmn() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
            xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            id="Definitions_DeployCheck" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%1$s" name="Deployment check" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Start_Checked" name="Checked">
              <bpmn:outgoing>Flow_ToNote</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_ToNote" sourceRef="Start_Checked" targetRef="Task_WriteNote" />
            <bpmn:userTask id="Task_WriteNote" name="Write a note" camunda:formRef="%2$s"
                camunda:formRefBinding="latest" camunda:candidateGroups="process-owners">
              <bpmn:incoming>Flow_ToNote</bpmn:incoming>
            </bpmn:userTask>
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram_DeployCheck">
            <bpmndi:BPMNPlane id="Plane_DeployCheck" bpmnElement="%1$s">
              <bpmndi:BPMNShape id="Shape_Start" bpmnElement="Start_Checked">
                <dc:Bounds x="100" y="100" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Shape_Task" bpmnElement="Task_WriteNote">
                <dc:Bounds x="200" y="78" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Edge_ToNote" bpmnElement="Flow_ToNote">
                <di:waypoint x="136" y="118" />
                <di:waypoint x="200" y="118" />
              </bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """.formatted(processKey, formId);
  }
}
