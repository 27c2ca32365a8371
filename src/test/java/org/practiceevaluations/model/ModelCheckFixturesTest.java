package org.practiceevaluations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.practiceevaluations.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Proves the {@link ModelCheck}: it runs over deliberately broken models and forms in
 * {@code src/test/resources/model-check/} (each file states its one defect in a comment) and must report exactly
 * the expected problems for each file, and none for the valid ones.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelCheckFixturesTest {

  private static final Path FIXTURES = Path.of("src/test/resources/model-check");

  @Autowired ProcessEngine engine;
  @Autowired ApplicationContext context;
  @Autowired RepositoryService repositoryService;

  private ModelCheck check;
  private List<ModelCheck.Problem> problems;
  private long deploymentsBefore;
  private long definitionsBefore;

  @BeforeAll
  void runTheCheckOverTheFixtures() {
    deploymentsBefore = repositoryService.createDeploymentQuery().count();
    definitionsBefore = repositoryService.createProcessDefinitionQuery().count()
        + repositoryService.createDecisionDefinitionQuery().count();
    check = ModelCheck.of(FIXTURES);
    problems = check.run(engine, context::containsBean);
  }

  /** One expected problem: the element it names and words its message must contain. */
  record Expected(String element, String words) {
    static Expected of(String element, String words) {
      return new Expected(element, words);
    }
  }

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("processes/valid.bpmn", List.of()),
        Arguments.of("processes/valid-decision.dmn", List.of()),
        Arguments.of("forms/model-check-fixture.form", List.of()),
        Arguments.of("processes/broken-xml.bpmn", List.of(
            Expected.of("-", "cannot be read"))),
        Arguments.of("processes/broken-decision.dmn", List.of(
            Expected.of("-", "cannot be read"))),
        Arguments.of("processes/no-diagram-shape.bpmn", List.of(
            Expected.of("Task_Record", "service task \"Record the evaluation\" has no diagram information (BPMNShape)"))),
        Arguments.of("processes/no-diagram-edge.bpmn", List.of(
            Expected.of("Flow_ToAgreed", "has no diagram information (BPMNEdge)"))),
        Arguments.of("processes/no-history-ttl.bpmn", List.of(
            Expected.of("ModelCheck_NoTtl", "has no camunda:historyTimeToLive"),
            Expected.of("-", "does not deploy"))),
        Arguments.of("processes/decision-without-ttl.dmn", List.of(
            Expected.of("ModelCheck_NoTtlDecision", "has no camunda:historyTimeToLive"),
            Expected.of("-", "does not deploy"))),
        Arguments.of("processes/user-task-without-form.bpmn", List.of(
            Expected.of("Task_ReadCaseFile", "has no camunda:formRef"))),
        Arguments.of("processes/unknown-form.bpmn", List.of(
            Expected.of("Task_Moderate", "names form \"no-such-form\", which no file in forms/ defines"))),
        Arguments.of("processes/form-version-missing.bpmn", List.of(
            Expected.of("Task_ReadCaseFile", "camunda:formRefBinding \"version\""),
            Expected.of("Task_ReadCaseFile", "Tasklist cannot show the form"))),
        Arguments.of("processes/does-not-deploy.bpmn", List.of(
            Expected.of("-", "does not deploy"))),
        Arguments.of("processes/unknown-delegate.bpmn", List.of(
            Expected.of("Task_Record", "there is no Spring bean \"recordEvaluationDelegate\""))),
        Arguments.of("processes/unknown-listener-delegate.bpmn", List.of(
            Expected.of("Task_ReadCaseFile", "there is no Spring bean \"remindAuditorListener\""))),
        // a model that runs code of its own is also refused by the engine (ModelCodeCheck), naming the element
        Arguments.of("processes/script-task.bpmn", List.of(
            Expected.of("Task_Record", "script task"),
            Expected.of("-", "does not deploy: The deployment was refused: a model may not run code of its own"))),
        Arguments.of("processes/inline-script.bpmn", List.of(
            Expected.of("Task_Record", "camunda:script"),
            Expected.of("-", "holds a script"))),
        Arguments.of("processes/script-condition.bpmn", List.of(
            Expected.of("Flow_Agreed", "script language \"javascript\""),
            Expected.of("-", "has a condition in a script language"))),
        Arguments.of("forms/not-json.form", List.of(
            Expected.of("-", "is not valid JSON (line 1"))),
        Arguments.of("forms/no-id.form", List.of(
            Expected.of("-", "has no \"id\""))),
        Arguments.of("forms/no-components.form", List.of(
            Expected.of("model-check-no-components", "has no \"components\""))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void eachFixtureGetsExactlyTheProblemsOfItsDefect(String file, List<Expected> expected) {
    List<ModelCheck.Problem> reported = problems.stream().filter(p -> p.file().equals(file)).toList();

    assertThat(reported).as("problems reported for " + file).hasSameSizeAs(expected);
    for (Expected e : expected) {
      assertThat(reported).as(file + " should report " + e)
          .anySatisfy(p -> {
            assertThat(p.element()).isEqualTo(e.element());
            assertThat(p.message()).contains(e.words());
          });
    }
  }

  @Test
  void everyFixtureFileIsCoveredByAnExpectation() {
    List<String> expected = fixtures().map(a -> (String) a.get()[0]).toList();

    assertThat(check.files()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theValidModelsUserTasksWereCreatedAndTheirFormsFetched() {
    assertThat(check.userTasksTried()).contains(
        "processes/valid.bpmn#Task_ReadCaseFile", "processes/valid.bpmn#Task_Moderate");
  }

  @Test
  void theCheckLeavesNothingDeployedBehind() {
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertThat(repositoryService.createProcessDefinitionQuery().count()
        + repositoryService.createDecisionDefinitionQuery().count()).isEqualTo(definitionsBefore);
  }
}
