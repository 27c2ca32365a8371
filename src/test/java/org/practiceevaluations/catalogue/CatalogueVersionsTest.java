package org.practiceevaluations.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.practiceevaluations.journey.Answers;
import org.practiceevaluations.journey.TasklistClient;
import org.practiceevaluations.support.BackgroundSteps;
import org.practiceevaluations.support.DemoUsers;
import org.practiceevaluations.support.Http;
import org.practiceevaluations.support.IsolatedAppTest;
import org.practiceevaluations.support.ShippedCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evaluation tool changed without Java (docs/guide.md, "The evaluation tool"; ADR 0020): the audit team imports
 * a catalogue with a section added and a statement reworded; evaluations allocated after it use it, one already
 * running keeps the version it was allocated with, to the end. In a context of its own: the new version would be
 * every other test's current tool. The shipped catalogue is imported again afterwards.
 */
@IsolatedAppTest
class CatalogueVersionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REWORDED = "A chronology of the last six months is kept up to date, and says what each "
      + "event meant for the child.";

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired EvaluationRepository evaluations;
  @Autowired Catalogues catalogues;
  @Autowired TransactionTemplate tx;

  @AfterEach
  void theShippedToolAgain() {
    catalogues.importFile(ShippedCatalogue.file(), "test");
  }

  @Test
  void aChangedCatalogueAppliesToNewEvaluationsAndARunningOneKeepsItsVersion() throws Exception {
    TasklistClient auditManager = new TasklistClient(port, DemoUsers.AUDIT_MANAGER);
    TasklistClient auditor = new TasklistClient(port, "cevans");
    int shipped = catalogues.importFile(ShippedCatalogue.file(), "test").catalogue().version();
    String running = start(auditManager);
    auditor.complete(running, Elements.READ_ALLOCATION, Answers.allocationRead());

    // the audit team imports the changed tool: no Java, no deployment
    Http.Response imported = Http.basic(port, "tpatel", DemoUsers.PASSWORD)
        .sendJson("POST", "/api/catalogue", changedFile(), false);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    int changed = imported.json().get("version").asInt();
    assertThat(changed).isEqualTo(shipped + 1);
    assertThat(imported.json().get("sections").asInt()).isEqualTo(ShippedCatalogue.catalogue().sections().size() + 1);
    assertThat(imported.json().get("importedBy").asText()).isEqualTo("tpatel");

    // a new evaluation gets the new version: its form shows the new section and the new words
    String later = start(auditManager);
    auditor.complete(later, Elements.READ_ALLOCATION, Answers.allocationRead());
    auditor.complete(later, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(false));
    JsonNode laterForm = sections(auditor, later);
    assertThat(titles(laterForm)).contains("Education and health");
    assertThat(laterForm.toString()).contains(REWORDED);
    assertThat(versionOf(later)).isEqualTo(changed);
    Http.Response refused = auditor.submit(auditor.task(later, Elements.COMPLETE_EVALUATION),
        Answers.evaluation("good", "ejones", "pmurphy"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("Choose a judgement for section 11 (Education and "
        + "health).");

    // the running evaluation keeps the version it was allocated with, on forms made after the import too
    auditor.complete(running, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(false));
    JsonNode runningForm = sections(auditor, running);
    assertThat(titles(runningForm)).doesNotContain("Education and health");
    assertThat(runningForm.toString()).doesNotContain(REWORDED)
        .contains(ShippedCatalogue.catalogue().section("childs-journey").orElseThrow().statements().get(0).text());
    auditor.complete(running, Elements.COMPLETE_EVALUATION, Answers.evaluation("good", "ejones", "pmurphy"));
    assertThat(versionOf(running)).isEqualTo(shipped);
    tx.executeWithoutResult(status -> assertThat(evaluations.findByReference(running).orElseThrow()
        .sections(SectionJudgement.Stage.FIRST)).extracting(SectionJudgement::getSectionKey)
        .doesNotContain("education-and-health").hasSize(ShippedCatalogue.catalogue().sections().size()));

    // the new evaluation, answered with its own tool, is accepted with the new section's statements
    Map<String, Object> answers = Answers.evaluation("good", "ejones", "pmurphy");
    answers.put("sections", withNewSection(answers));
    auditor.complete(later, Elements.COMPLETE_EVALUATION, answers);
    tx.executeWithoutResult(status -> assertThat(evaluations.findByReference(later).orElseThrow()
        .sections(SectionJudgement.Stage.FIRST)).filteredOn(s -> "education-and-health".equals(s.getSectionKey()))
        .singleElement().satisfies(s -> assertThat(s.getStatementsMet()).containsExactly("school")));

    // both versions stay readable, each as imported
    Http.Response versions = Http.basic(port, "ejones", DemoUsers.PASSWORD).get("/api/catalogue/versions");
    assertThat(versions.status()).isEqualTo(200);
    assertThat(versions.json().get(0).get("version").asInt()).isEqualTo(changed);
    assertThat(catalogues.version(shipped).section("childs-journey").orElseThrow().statements().get(0).text())
        .isNotEqualTo(REWORDED);
  }

  @Test
  void aFileWithMistakesIsRefusedWithEveryOneAndChangesNothing() throws Exception {
    int before = catalogues.current().version();
    ObjectNode file = (ObjectNode) JSON.readTree(ShippedCatalogue.file());
    ArrayNode sections = (ArrayNode) file.get("sections");
    ((ObjectNode) sections.get(1)).put("key", "childs-journey");
    ((ObjectNode) ((ArrayNode) sections.get(2).get("statements")).get(0)).put("text", "");
    ((ArrayNode) file.get("grades")).remove(3);

    Http.Response refused = Http.basic(port, "bowen", DemoUsers.PASSWORD)
        .sendJson("POST", "/api/catalogue", file.toString(), false);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).startsWith("The catalogue was not imported:")
        .contains("sections[1].key: 'childs-journey' is used by another section.",
            "sections[2].statements[0].text: is empty.", "grades: 'inadequate' is missing");
    assertThat(catalogues.current().version()).isEqualTo(before);
  }

  @Test
  void theSameFileAgainMakesNoNewVersion() {
    int before = catalogues.importFile(ShippedCatalogue.file(), "test").catalogue().version();
    Http.Response again = Http.basic(port, "bowen", DemoUsers.PASSWORD)
        .sendJson("POST", "/api/catalogue", ShippedCatalogue.file(), false);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("version").asInt()).isEqualTo(before);
    Http.Response file = Http.basic(port, "ejones", DemoUsers.PASSWORD)
        .get("/api/catalogue/versions/" + before + "/file");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(ShippedCatalogue.file());
  }

  /** The shipped file with a section added before "Progress and impact" and the first statement reworded. */
  private static String changedFile() throws Exception {
    ObjectNode file = (ObjectNode) JSON.readTree(ShippedCatalogue.file());
    file.put("name", "Practice evaluation tool, with education and health");
    ArrayNode sections = (ArrayNode) file.get("sections");
    ((ObjectNode) ((ArrayNode) sections.get(0).get("statements")).get(0)).put("text", REWORDED);
    ObjectNode added = JSON.createObjectNode();
    added.put("key", "education-and-health").put("area", "The child's experiences and progress")
        .put("title", "Education and health").put("judged", true)
        .put("guidance", "Is the child in school, learning and healthy, and do the plans show it?");
    ArrayNode statements = added.putArray("statements");
    statements.addObject().put("key", "school").put("text", "The child attends school and is making progress.");
    statements.addObject().put("key", "health").put("text", "Health checks are up to date.");
    sections.insert(10, added);
    return file.toString();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> withNewSection(Map<String, Object> answers) {
    List<Map<String, Object>> rows = new ArrayList<>((List<Map<String, Object>>) answers.get("sections"));
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("key", "education-and-health");
    row.put("judgement", "good");
    row.put("statementsMet", List.of("school"));
    row.put("commentary", "He is in school every day; his health plan is current.");
    rows.add(10, row);
    return rows;
  }

  private String start(TasklistClient auditManager) {
    Map<String, Object> start = new HashMap<>(Map.of("childReference", "C104311", "evaluationType", "monthly",
        "auditor", "cevans"));
    Http.Response started = auditManager.startProcess("practice-evaluation", start);
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    runBackgroundSteps();
    return started.json().get("businessKey").asText();
  }

  private JsonNode sections(TasklistClient auditor, String reference) throws Exception {
    JsonNode variables = auditor.formVariables(auditor.task(reference, Elements.COMPLETE_EVALUATION));
    return JSON.readTree(variables.get("sections").get("value").asText());
  }

  private static List<String> titles(JsonNode sections) {
    List<String> titles = new ArrayList<>();
    sections.forEach(s -> titles.add(s.get("title").asText()));
    return titles;
  }

  private Integer versionOf(String reference) {
    return tx.execute(status -> evaluations.findByReference(reference).map(Evaluation::getCatalogueVersion)
        .orElseThrow());
  }

  private void runBackgroundSteps() {
    BackgroundSteps.run(managementService);
  }
}
