package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.EvaluationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A model whose notification task names a template that does not exist cannot be deployed. */
@AppTest
@Import(EvaluationFixtures.class)
class NotificationTaskCheckTest {

  @Autowired RepositoryService repositoryService;

  @Test
  void aTypoInTheTemplateIsRefusedAtDeployment() {
    assertThatThrownBy(() -> deploy(model("evaluation-alocated")))
        .hasMessageContaining("The notification task Task_Send names an unknown template 'evaluation-alocated'")
        .hasMessageContaining("evaluation-allocated");
  }

  @Test
  void aNotificationTaskWithoutATemplateIsRefused() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("notify-without-template").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("Task_Send").camundaDelegateExpression("${notify}").endEvent().done();
    assertThatThrownBy(() -> deploy(model)).hasMessageContaining("needs an input parameter 'template'");
  }

  @Test
  void aKnownTemplateOrAnExpressionIsAccepted() {
    assertThatCode(() -> deploy(model("evaluation-allocated"))).doesNotThrowAnyException();
    assertThatCode(() -> deploy(model("${templateKey}"))).doesNotThrowAnyException();
  }

  private static BpmnModelInstance model(String template) {
    return Bpmn.createExecutableProcess("notify-check").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("Task_Send").camundaAsyncBefore().camundaDelegateExpression("${notify}")
        .camundaInputParameter("template", template).endEvent().done();
  }

  private void deploy(BpmnModelInstance model) {
    repositoryService.createDeployment().addModelInstance("notify-check.bpmn", model).deploy();
  }
}
