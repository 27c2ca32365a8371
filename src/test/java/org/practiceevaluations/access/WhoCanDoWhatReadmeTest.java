package org.practiceevaluations.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.practiceevaluations.access.EngineApiRules.Audience;

/**
 * README "Who can do what" is the table the door enforces ({@link EngineApiRules}) and the one the /api cells are
 * tried against ({@link WhoCanDoWhatContract}): rendered from both here, and found in the README word for word.
 */
class WhoCanDoWhatReadmeTest {

  static String engineTable() {
    StringBuilder table = new StringBuilder(
        "| Engine REST API (`/engine-rest`, and the web applications' `/camunda/api/engine`) | Staff | Audit team "
            + "| Process owners | Administrator |\n|---|---|---|---|---|\n");
    for (EngineApiRules.Row row : EngineApiRules.rows()) {
      table.append("| ").append(row.what());
      for (Set<String> groups : List.of(Set.of("social-workers"), Set.of("audit-team"), Set.of("process-owners"),
          Set.of("camunda-admin"))) {
        table.append(" | ").append(row.allows(Audience.of(groups)) ? "yes" : "—");
      }
      table.append(" |\n");
    }
    return table.toString();
  }

  static String apiTable() {
    StringBuilder table = new StringBuilder("| The application's API (`/api`) | Social worker | Manager, auditor "
        + "| Audit team | Process owner | Administrator |\n|---|---|---|---|---|---|\n");
    for (Arguments arguments : WhoCanDoWhatContract.apiCells().filter(a -> a.get()[1]
        == WhoCanDoWhatContract.Role.SOCIAL_WORKER).collect(Collectors.toList())) {
      WhoCanDoWhatContract.ApiCell cell = (WhoCanDoWhatContract.ApiCell) arguments.get()[2];
      table.append("| ").append(cell.what()).append(" (`").append(cell.method()).append(' ')
          .append(cell.path().replaceAll("\\?.*", "")).append("`)");
      for (WhoCanDoWhatContract.Role role : WhoCanDoWhatContract.Role.values()) {
        table.append(" | ").append(cell.may().contains(role) ? "yes" : "—");
      }
      table.append(" |\n");
    }
    return table.toString();
  }

  @Test
  void theReadmeHoldsBothTablesAsTheyAreEnforced() throws IOException {
    String readme = Files.readString(Path.of("README.md"));

    assertThat(readme).as("README's engine table, as EngineApiRules has it:\n" + engineTable())
        .contains(engineTable());
    assertThat(readme).as("README's /api table, as the cells are tried:\n" + apiTable()).contains(apiTable());
  }
}
