package org.practiceevaluations.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.forms.FormDraftRepository;
import org.practiceevaluations.support.Http;
import org.practiceevaluations.support.ShippedCatalogue;
import org.practiceevaluations.support.browser.Axe;
import org.practiceevaluations.support.browser.Browser;
import org.practiceevaluations.support.browser.CamundaForm;
import org.practiceevaluations.support.browser.RequiresChromium;
import org.practiceevaluations.support.node.AppNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A draft follows the auditor from one computer to another (docs/guide.md, "Saving a draft"; ADR 0021): in one
 * headless Chromium (its own profile) the auditor ticks two statements and writes a commentary in the evaluation
 * form and presses Tasklist's Save; Tasklist says when it was saved on the server and shows the link to the task.
 * The browser is closed and its profile deleted. In a fresh Chromium (a new profile, a new log-in, nothing in its
 * storage) the auditor opens that link: the form offers the draft back with when it was saved, and "Continue from
 * your draft" puts the statements and the commentary back. Nothing of the draft is kept in the browser's storage.
 * Screenshots: {@code target/screenshots/drafts-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // a context of its own (the second property sets it apart): its job executor stops with the class
    properties = {"camunda.bpm.job-execution.enabled=true", "pe.test.context=form-drafts"})
@ActiveProfiles("test")
@RequiresChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormDraftsIT {

  static final String CHILD = "C104311";
  static final String AUDITOR = "cevans";
  static final String COMMENTARY = "Draft on the office PC: the chronology is current; the plan needs the school.";
  private static final Duration BACKGROUND = Duration.ofMinutes(2);
  private static final By SAVE = By.cssSelector(".task-details button[ng-click='save($event)']");
  private static final By NOTICE = By.cssSelector(".pe-draft-notice");

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired ProcessEngine engine;
  @Autowired FormDraftRepository drafts;

  @Test
  void aDraftSavedInOneBrowserIsOfferedBackInAFreshOneWithWhenItWasSavedAndTheLinkToTheTask() {
    String reference = evaluationAtTheForm();
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(Elements.COMPLETE_EVALUATION).singleResult().getId();
    Catalogue.CatalogueSection section = ShippedCatalogue.catalogue().sections().get(0);
    String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    String link;

    // the office PC: tick two statements, write the commentary, Save
    try (Browser office = Browser.open(port)) {
      office.resize(1280, 1000);
      office.logInToTasklist(AUDITOR, PASSWORD);
      CamundaForm form = openTask(office, taskId);
      CamundaForm row = form.section(section.number() + ". ");
      for (Catalogue.Statement statement : section.statements().subList(0, 2)) {
        office.script("arguments[0].scrollIntoView({block: 'center'});", row.option(statement.text()));
        row.option(statement.text()).click();
      }
      row.type("Commentary", COMMENTARY);
      WebElement save = office.waitUntil(ExpectedConditions.elementToBeClickable(SAVE));
      office.script("arguments[0].scrollIntoView({block: 'center'});", save);
      save.click();
      WebElement saved = office.waitFor(By.cssSelector(".pe-draft-notice.pe-draft-saved"));
      assertThat(saved.getText()).startsWith("Draft saved on the server on ").contains(today)
          .contains("Tasklist offers it back when you open this task again, on any computer.");
      link = saved.findElement(By.cssSelector("a.pe-task-link")).getAttribute("href");
      assertThat(link).isEqualTo("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
      office.script("arguments[0].scrollIntoView({block: 'start'});", saved);
      office.screenshot("drafts-01-saved-with-the-link");
      Axe.check(office, ".pe-draft-notice", "draft-saved-notice");
      assertThat(office.script("return Object.keys(window.localStorage).filter(k => k.startsWith('camunda-form:'))"
          + ".length;")).as("nothing of the draft kept in the browser").isEqualTo(0L);
    }
    assertThat(drafts.findAll()).singleElement().satisfies(d -> assertThat(d.getUserId()).isEqualTo(AUDITOR));

    // home: a new browser with a profile of its own, a new log-in, the link
    try (Browser home = Browser.open(port)) {
      home.resize(1280, 1000);
      home.logInToTasklist(AUDITOR, PASSWORD);
      assertThat(home.script("return Object.keys(window.localStorage).filter(k => k.startsWith('camunda-form:'))"
          + ".length;")).as("a fresh browser: no draft in its storage").isEqualTo(0L);
      home.driver().get(link);
      home.waitForText(By.cssSelector(".task-details"), "Complete the evaluation");
      CamundaForm form = CamundaForm.on(home);
      WebElement offer = home.waitFor(By.cssSelector(".pe-draft-notice.pe-draft-offer"));
      assertThat(offer.getText()).startsWith("You saved a draft of this form on ").contains(today);
      CamundaForm row = form.section(section.number() + ". ");
      assertThat(row.value("Commentary")).as("the form as the server made it, until the draft is taken").isEmpty();
      home.script("arguments[0].scrollIntoView({block: 'start'});", offer);
      home.screenshot("drafts-02-offered-in-a-fresh-browser");
      Axe.check(home, ".pe-draft-notice", "draft-offer-notice");
      offer.findElement(By.cssSelector("button.pe-draft-continue")).click();
      WebElement restored = home.waitFor(By.cssSelector(".pe-draft-notice.pe-draft-restored"));
      assertThat(restored.getText()).contains("Your draft saved on ", today, " is back in the form.");
      assertThat(restored.findElement(By.cssSelector("a.pe-task-link")).getAttribute("href")).isEqualTo(link);
      CamundaForm again = CamundaForm.on(home).section(section.number() + ". ");
      home.waitUntil(driver -> COMMENTARY.equals(again.value("Commentary")));
      for (Catalogue.Statement statement : section.statements().subList(0, 2)) {
        assertThat(again.option(statement.text()).isSelected()).as(statement.text()).isTrue();
      }
      assertThat(again.option(section.statements().get(2).text()).isSelected()).isFalse();
      home.screenshot("drafts-03-resumed");
      // the statements of what good looks like in Tasklist, ticked as the draft had them
      home.script("arguments[0].scrollIntoView({block: 'start'});",
          home.driver().findElement(By.xpath("//div[contains(@class,'fjs-form-field-dynamiclist')]/div[.//h4["
              + "starts-with(normalize-space(.), '" + section.number() + ". ')]]//h4")));
      home.screenshot("drafts-04-statements-in-tasklist");
    }
  }

  /** An evaluation allocated to the auditor, at "Complete the evaluation" (the steps before it through the API). */
  private String evaluationAtTheForm() {
    TasklistClient auditManager = new TasklistClient(port, AUDIT_MANAGER);
    TasklistClient auditor = new TasklistClient(port, AUDITOR);
    Map<String, Object> start = new HashMap<>(Map.of("childReference", CHILD, "evaluationType", "monthly",
        "auditor", AUDITOR));
    Http.Response started = auditManager.startProcess("practice-evaluation", start);
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String reference = started.json().get("businessKey").asText();
    awaitTask(reference, Elements.READ_ALLOCATION);
    auditor.complete(reference, Elements.READ_ALLOCATION, Answers.allocationRead());
    awaitTask(reference, Elements.CONTACT_SOCIAL_WORKER);
    auditor.complete(reference, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(false));
    awaitTask(reference, Elements.COMPLETE_EVALUATION);
    return reference;
  }

  private CamundaForm openTask(Browser browser, String taskId) {
    browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
    browser.waitForText(By.cssSelector(".task-details"), "Complete the evaluation");
    CamundaForm form = CamundaForm.on(browser);
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("data-pe-drafts")).isEqualTo("server");
    return form;
  }

  private void awaitTask(String reference, String taskDefinitionKey) {
    AppNode.await(taskDefinitionKey + " in " + reference, BACKGROUND, () -> taskService.createTaskQuery()
        .processInstanceBusinessKey(reference).taskDefinitionKey(taskDefinitionKey).count() == 1);
  }

  /** As EvaluationInTasklistIT: the job executor of this context stops with the class. */
  @AfterAll
  void stopTheJobExecutor() {
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor().shutdown();
  }
}
