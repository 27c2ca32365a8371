package org.practiceevaluations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.deployment.ModelDeployer;
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
}
