package org.practiceevaluations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.engine.deployment.ModelDeployer;
import org.practiceevaluations.forms.FormHandlers;
import org.practiceevaluations.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every {@link ModelCheck} on the repository's {@code processes/} and {@code forms/}, with the application's Spring
 * beans and engine: delegate expressions name beans, each model deploys, and Tasklist can show every user task's
 * form. With both folders empty there is nothing to check.
 */
@AppTest
class ModelDeploymentCheckTest {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationContext context;
  @Autowired FormHandlers formListeners;

  @Test
  void theModelsAndFormsInTheRepositoryPassEveryCheck() {
    List<ModelCheck.Problem> problems = ModelCheck.of(ModelFilesTest.repository()).run(engine, context::containsBean);

    assertThat(problems).as(() -> "model check problems:\n" + String.join("\n",
        problems.stream().map(ModelCheck.Problem::toString).toList())).isEmpty();
  }

  @Test
  void theCheckReadsEveryModelAndFormTheApplicationDeploys() {
    List<String> deployed = ModelDeployer.resources().stream().map(ModelDeployer.NamedResource::name).toList();

    assertThat(ModelCheck.of(ModelFilesTest.repository()).files()).containsExactlyInAnyOrderElementsOf(deployed);
  }

  /**
   * A user task's answers are saved by its form's handler (ADR 0009): every user task has the two listeners,
   * and every form a user task names has a handler, so a process owner who adds a task in Modeler learns here
   * that its answers would otherwise be lost.
   */
  @Test
  void everyUserTaskPreparesItsFormAndSavesItsAnswersThroughAHandler() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> formsUsed = new TreeSet<>();
    try (Stream<Path> files = Files.list(ModelFilesTest.repository().resolve("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
          String where = file.getFileName() + " " + task.getId();
          List<String> listeners = task.getExtensionElements() == null ? List.of()
              : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
                  .stream().map(l -> l.getCamundaEvent() + " " + l.getCamundaDelegateExpression()).toList();
          if (!listeners.contains("create ${prepareForm}")) {
            problems.add(where + ": no ${prepareForm} listener on create");
          }
          if (!listeners.contains("complete ${saveAnswers}")) {
            problems.add(where + ": no ${saveAnswers} listener on complete");
          }
          formsUsed.add(task.getCamundaFormRef());
          if (!formListeners.formIds().contains(task.getCamundaFormRef())) {
            problems.add(where + ": no form handler for the form " + task.getCamundaFormRef());
          }
        }
      }
    }
    assertThat(problems).as(() -> String.join("\n", problems)).isEmpty();
    // Test beans (the concurrency test's latched form) have ids starting "test-".
    assertThat(formsUsed).as("forms with a handler but no user task")
        .containsAll(formListeners.formIds().stream().filter(id -> !id.startsWith("test-")).toList());
  }
}
