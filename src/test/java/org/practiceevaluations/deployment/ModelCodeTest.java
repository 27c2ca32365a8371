package org.practiceevaluations.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.DemoUsers;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Deploying is not running code: a process owner's model that would run code of its own is refused with a message
 * naming the element, and nothing is deployed; at run time an expression reaches the application's steps only.
 */
@AppTest
class ModelCodeTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ProcessEngine engine;

  static String model(String serviceTask) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Code" targetNamespace="http://x">
          <bpmn:process id="code-test" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="StartEvent_Code"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            %s
            <bpmn:endEvent id="EndEvent_Code"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Code" targetRef="Task_Code" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Code" targetRef="EndEvent_Code" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(serviceTask);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a script task|<bpmn:scriptTask id=\"Task_Code\" scriptFormat=\"javascript\"><bpmn:incoming>Flow_1</bpmn:incoming>"
          + "<bpmn:outgoing>Flow_2</bpmn:outgoing><bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>"
          + "|scriptTask Task_Code is a script task",
      "a Java class|<bpmn:serviceTask id=\"Task_Code\" camunda:class=\"java.lang.Runtime\"><bpmn:incoming>Flow_1"
          + "</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:serviceTask>"
          + "|serviceTask Task_Code names a Java class (java.lang.Runtime)",
      "a call in an expression|<bpmn:serviceTask id=\"Task_Code\" camunda:expression=\"${notify.execute(null)}\">"
          + "<bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:serviceTask>"
          + "|serviceTask Task_Code ${notify.execute(null)}: calls execute(...)",
      "the engine's services|<bpmn:serviceTask id=\"Task_Code\" camunda:delegateExpression="
          + "\"${execution.processEngineServices}\"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2"
          + "</bpmn:outgoing></bpmn:serviceTask>|reads execution.processEngineServices",
      "a script listener|<bpmn:serviceTask id=\"Task_Code\" camunda:delegateExpression=\"${notify}\">"
          + "<bpmn:extensionElements><camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">"
          + "'rm -rf /'.execute()</camunda:script></camunda:executionListener></bpmn:extensionElements>"
          + "<bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:serviceTask>"
          + "|script in Task_Code holds a script"})
  void aModelThatWouldRunCodeIsRefusedNamingTheElementAndNothingIsDeployed(String what, String task, String words) {
    long before = repositoryService.createDeploymentQuery().count();

    Http.Response answer = Http.basic(port, DemoUsers.PROCESS_OWNER, DemoUsers.PASSWORD).postMultipart(
        "/engine-rest/deployment/create", Map.of("deployment-name", "code-test"),
        Map.of("code-test.bpmn", model(task).getBytes(StandardCharsets.UTF_8)));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).contains("a model may not run code of its own")
        .contains(words);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void aModelThatOnlyReadsVariablesAndUsesTheStepsIsDeployed() {
    Http.Response answer = Http.basic(port, DemoUsers.PROCESS_OWNER, DemoUsers.PASSWORD).postMultipart(
        "/engine-rest/deployment/create", Map.of("deployment-name", "code-test"),
        Map.of("code-test.bpmn", model("<bpmn:userTask id=\"Task_Code\" camunda:assignee=\"${auditor}\" "
            + "camunda:dueDate=\"${auditDueDate}\"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2"
            + "</bpmn:outgoing></bpmn:userTask>").getBytes(StandardCharsets.UTF_8)));
    try {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    } finally {
      repositoryService.createDeploymentQuery().deploymentName("code-test").list()
          .forEach(d -> repositoryService.deleteDeployment(d.getId(), true, true));
    }
  }

  @Test
  void atRunTimeAnExpressionReachesTheStepsAndNotTheRestOfTheApplication() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ExpressionManager expressions = configuration.getExpressionManager();
    java.util.function.Function<String, Object> evaluate = text -> configuration.getCommandExecutorTxRequired()
        .execute(context -> expressions.createExpression(text).getValue(new ExecutionEntity()));

    assertThat(evaluate.apply("${notify}")).isNotNull();
    assertThat(evaluate.apply("${cycleSchedule.cron}")).isNotNull();
    assertThatThrownBy(() -> evaluate.apply("${runtimeService}"))
        .hasMessageContaining("Cannot resolve identifier 'runtimeService'");
    assertThatThrownBy(() -> evaluate.apply("${evaluationRepository}"))
        .hasMessageContaining("Cannot resolve identifier 'evaluationRepository'");
  }

  @Test
  void theShippedModelsRunNoCode() {
    ModelCodeCheck check = new ModelCodeCheck();
    for (java.io.File file : java.util.Objects.requireNonNull(new java.io.File("processes").listFiles())) {
      byte[] content;
      try {
        content = java.nio.file.Files.readAllBytes(file.toPath());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      assertThat(check.problems(file.getName(), content)).as(file.getName()).isEmpty();
    }
  }
}
