package org.practiceevaluations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The file checks of {@link ModelCheck} on the repository's {@code processes/} and {@code forms/}, without
 * starting the application: when a model is so broken that the application cannot start, this still names the
 * file and element. Spring beans and the engine are checked by {@link ModelDeploymentCheckTest}.
 */
class ModelFilesTest {

  static Path repository() {
    Path root = Path.of("").toAbsolutePath();
    assertThat(root.resolve("pom.xml")).as("tests run from the repository folder").exists();
    return root;
  }

  @Test
  void theModelsAndFormsInTheRepositoryPassTheFileChecks() {
    List<ModelCheck.Problem> problems = ModelCheck.of(repository()).checkFiles(anyBeanName -> true);

    assertThat(problems).as(() -> "model check problems:\n" + String.join("\n",
        problems.stream().map(ModelCheck.Problem::toString).toList())).isEmpty();
  }

  @Test
  void bothModelFoldersArePartOfTheRepository() {
    assertThat(Files.isDirectory(repository().resolve("processes"))).isTrue();
    assertThat(Files.isDirectory(repository().resolve("forms"))).isTrue();
  }
}
