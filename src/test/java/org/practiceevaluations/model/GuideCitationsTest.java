package org.practiceevaluations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository explains itself: what the code, the models and the documents cite is {@code docs/guide.md}, by
 * the headings it has, and nothing cites a document the repository does not hold. The migrations Flyway has
 * already applied (V1 to V6) keep their old comments: a changed byte would change their checksum.
 */
class GuideCitationsTest {

  static final Path GUIDE = Path.of("docs", "guide.md");
  static final Pattern CITATION = Pattern.compile("docs/guide\\.md, ((?:\"[^\"]+\"(?:, )?)+)");
  static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  static final Set<String> APPLIED_MIGRATIONS = Set.of("V1__team_directory_and_case_register.sql",
      "V2__evaluations.sql", "V3__notifications.sql", "V4__recording.sql", "V5__requests_cycles_concerns.sql",
      "V6__learning.sql");

  @Test
  void everyCitationNamesAHeadingOfTheGuideAndNothingCitesADocumentThatIsNotHere() throws IOException {
    Set<String> headings = new TreeSet<>();
    for (String line : Files.readAllLines(GUIDE, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ") || line.startsWith("### ")) {
        headings.add(line.substring(line.indexOf(' ')).strip());
      }
    }
    List<String> problems = new ArrayList<>();
    int citations = 0;
    for (Path file : sources()) {
      // a citation may run over a line break of a comment: read it as one line
      String text = Files.readString(file, StandardCharsets.UTF_8)
          .replaceAll("\\s*\\R\\s*(?:\\*(?!/)|//|#|--)?\\s*", " ");
      if (text.contains("SPEC" + ".md") || text.contains("SPEC" + " §") || text.contains("PLATFORM" + "-NOTES")) {
        problems.add(file + " cites a document the repository does not hold");
      }
      Matcher m = CITATION.matcher(text);
      while (m.find()) {
        Matcher quoted = QUOTED.matcher(m.group(1));
        while (quoted.find()) {
          citations++;
          if (!headings.contains(quoted.group(1))) {
            problems.add(file + " cites \"" + quoted.group(1) + "\", which docs/guide.md has no heading for");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(citations).as("citations of the guide found").isGreaterThan(40);
  }

  private static List<Path> sources() throws IOException {
    List<Path> files = new ArrayList<>(List.of(Path.of("README.md"), Path.of("pom.xml")));
    for (String folder : List.of("src", "processes", "forms", "docs", ".ci")) {
      try (Stream<Path> walk = Files.walk(Path.of(folder))) {
        walk.filter(Files::isRegularFile)
            .filter(p -> p.toString().matches(".*\\.(java|md|yaml|yml|sql|html|txt|js|css|bpmn|dmn|form|xml)$")
                || p.getFileName().toString().equals("run"))
            .filter(p -> !APPLIED_MIGRATIONS.contains(p.getFileName().toString()))
            .filter(p -> !p.toString().contains("fonts"))
            .forEach(files::add);
      }
    }
    return files;
  }
}
