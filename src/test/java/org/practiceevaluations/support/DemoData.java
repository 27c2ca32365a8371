package org.practiceevaluations.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** The demo directory's CSV files ({@code src/main/resources/demo/}), for tests that change and restore rows. */
public final class DemoData {

  private DemoData() {}

  public static List<String> lines(String file) {
    try {
      return new String(new ClassPathResource("demo/" + file).getInputStream().readAllBytes(), StandardCharsets.UTF_8)
          .lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The header and the demo row of one child, as a CSV file that puts that case back as shipped. */
  public static String caseAsShipped(String childReference) {
    List<String> lines = lines("cases.csv");
    String row = lines.stream().filter(l -> l.startsWith(childReference + ",")).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No demo case " + childReference));
    return lines.get(0) + "\n" + row + "\n";
  }

  /** The demo team directory as shipped. */
  public static String teamsAsShipped() {
    return String.join("\n", lines("teams.csv")) + "\n";
  }
}
