package org.practiceevaluations.support.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * axe-core in the page: injects the npm package's {@code axe.min.js} (the {@code org.webjars.npm:axe-core} webjar,
 * a test dependency) and checks a part of the page against the WCAG 2.0 and 2.1 A and AA rules and WCAG 2.2 AA
 * ({@code wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa}). Only what the application adds is checked (a form, a
 * Cockpit plugin's page): Camunda's own pages are not ours to fix. Every violation fails, each one described; the
 * full result is kept in {@code target/axe/<name>.json}.
 */
public final class Axe {

  public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  private static final String SCRIPT = load();

  private Axe() {}

  /** Checks what {@code selector} holds (it must be in the page) and fails on any violation. */
  public static void check(Browser browser, String selector, String name) {
    browser.waitForPresence(org.openqa.selenium.By.cssSelector(selector));
    if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
      browser.script(SCRIPT);
    }
    Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document.querySelectorAll(arguments[0]), {
          runOnly: { type: 'tag', values: arguments[1] },
          rules: { 'target-size': { enabled: true } },
          resultTypes: ['violations']
        }).then(r => done(JSON.stringify({ violations: r.violations, passes: r.passes.length,
            version: r.testEngine.version })), e => done(JSON.stringify({ error: String(e) })));
        """, selector, TAGS);
    String json = String.valueOf(result);
    keep(name, json);
    Map<String, Object> parsed = parse(json);
    assertThat(parsed.get("error")).as("axe-core ran on " + name).isNull();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations = (List<Map<String, Object>>) parsed.get("violations");
    assertThat(describe(violations)).as("WCAG violations in " + name + " (target/axe/" + name + ".json)").isEmpty();
  }

  private static List<String> describe(List<Map<String, Object>> violations) {
    List<String> lines = new ArrayList<>();
    for (Map<String, Object> v : violations) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> nodes = (List<Map<String, Object>>) v.get("nodes");
      for (Map<String, Object> node : nodes) {
        lines.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + node.get("target")
            + (node.get("failureSummary") == null ? "" : " - " + node.get("failureSummary")));
      }
    }
    return lines;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void keep(String name, String json) {
    Path file = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("axe").resolve(name + ".json");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String load() {
    try {
      Resource[] found = new PathMatchingResourcePatternResolver()
          .getResources("classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js");
      if (found.length == 0) {
        throw new IllegalStateException("axe.min.js is not on the test class path (org.webjars.npm:axe-core)");
      }
      try (InputStream in = found[0].getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
