package org.practiceevaluations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README "The guide's timings" keeps step with the decision tables: every output of {@code evaluation-deadlines},
 * {@code concern-deadlines} and {@code concern-outcome} (a duration a process owner may change, or the concern's
 * closing rule) is named in that section, under the decision that sets it, so a deadline added to a table without
 * its row in the README fails here.
 */
class TimingsReadmeTest {

  static final Pattern DECISION = Pattern.compile("<decision id=\"([^\"]+)\"(.*?)</decision>", Pattern.DOTALL);
  static final Pattern OUTPUT = Pattern.compile("<output [^>]*name=\"([^\"]+)\"");

  @Test
  void everyDeadlineInTheDecisionTablesHasItsRowInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("## The guide's timings");
    assertThat(start).as("README has the section \"The guide's timings\"").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    List<String> rows = section.lines().filter(line -> line.startsWith("| ")).toList();

    List<String> outputs = new ArrayList<>();
    for (String file : List.of("processes/evaluation-deadlines.dmn", "processes/concern-deadlines.dmn")) {
      Matcher decision = DECISION.matcher(Files.readString(Path.of(file)));
      while (decision.find()) {
        Matcher output = OUTPUT.matcher(decision.group(2));
        while (output.find()) {
          String decisionId = decision.group(1);
          String name = output.group(1);
          outputs.add(decisionId + "." + name);
          assertThat(rows).as("a row of README \"The guide's timings\" names `%s` with `%s`", decisionId, name)
              .anyMatch(row -> row.contains("`" + decisionId + "`") && row.contains("`" + name + "`"));
        }
      }
    }
    assertThat(outputs).as("the decisions were read").contains("evaluation-deadlines.disputeWindow",
        "concern-deadlines.progressReviewChaseEvery", "concern-outcome.concernOutcome");
  }
}
