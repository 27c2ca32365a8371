package org.practiceevaluations.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The Cockpit plugin's page code puts data into the page as text only, and is registered the way Cockpit 7.24
 * finds plugins (a service entry naming the plugin class, and an ES module that default-exports its definitions).
 */
class CockpitPluginScriptTest {

  static final String APP = "plugin-webapp/practice-evaluations/app/";

  @Test
  void thePageCodeNeverParsesDataAsMarkup() throws IOException {
    String script = read(APP + "plugin.js");

    assertThat(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
        "new Function");
    assertThat(script).contains("document.createTextNode");
  }

  @Test
  void itIsAnEsModuleWithTheDashboardAndTheTab() throws IOException {
    String script = read(APP + "plugin.js");

    assertThat(script).contains("export default [", "pluginPoint: 'cockpit.dashboard'",
        "pluginPoint: 'cockpit.processInstance.runtime.tab'", "properties: { label: 'Evaluation' }");
    assertThat(new ClassPathResource(APP + "plugin.css").exists()).isTrue();
    assertThat(read("META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin").lines().map(String::trim))
        .contains("org.practiceevaluations.audit.cockpit.AuditCockpitPlugin");
  }

  private static String read(String path) throws IOException {
    return new String(new ClassPathResource(path).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
