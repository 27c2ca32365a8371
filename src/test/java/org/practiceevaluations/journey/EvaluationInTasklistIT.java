package org.practiceevaluations.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.practiceevaluations.catalogue.Catalogue;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationStage;
import org.practiceevaluations.evaluation.FamilyFeedback;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.evaluation.SectionJudgement;
import org.practiceevaluations.notification.Outbox;
import org.practiceevaluations.recording.CaseNoteEntry;
import org.practiceevaluations.recording.CaseNoteEntryRepository;
import org.practiceevaluations.recording.FiledDocumentRepository;
import org.practiceevaluations.support.ShippedCatalogue;
import org.practiceevaluations.support.browser.Axe;
import org.practiceevaluations.support.browser.Browser;
import org.practiceevaluations.support.browser.CamundaForm;
import org.practiceevaluations.support.browser.Keyboard;
import org.practiceevaluations.support.browser.RequiresChromium;
import org.practiceevaluations.support.node.AppNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One practice evaluation worked end to end in headless Chromium, in the real Tasklist and Cockpit, by the demo
 * users, with the job executor running the background steps as in production:
 * <ol>
 *   <li>the audit manager allocates it from Tasklist's start form (a first try with markup as the auditor is
 *       refused, and the message shows it as text);</li>
 *   <li>the auditor opens each task from "My tasks" and fills in the real Camunda Forms: the checklist, the contact
 *       with the social worker (date, text, radio), the young people's feedback form and a parent (radios, a
 *       repeatable row), the evaluation's fourteen sections (selects and commentary, one section "not relevant")
 *       with two actions (owner chosen in each row, a date) and the overall grade, where a due date in the past is
 *       refused with a message in Tasklist, and the reflective discussion;</li>
 *   <li>the team manager records the supervision and writes the case audit case note;</li>
 *   <li>the audit manager opens the evaluation in Cockpit: the map, and the Evaluation tab with the actions as
 *       typed, markup shown as text, and each section's statements met or not.</li>
 * </ol>
 * Screenshots: {@code target/screenshots/journey-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
@RequiresChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationInTasklistIT {

  static final String CHILD = "C104237"; // Assessment Team North: social worker ejones, team manager pmurphy
  static final String AUDITOR = "cevans";
  static final String TEAM_MANAGER = "pmurphy";
  static final String MARKUP = "<img src=x onerror=\"document.title='parsed'\"><b>bold</b>";
  static final String FIRST_ACTION = "Bring the chronology up to date <b>before the review</b> & check it "
      + "with the family.";
  private static final Duration BACKGROUND = Duration.ofMinutes(2);
  private static final By COMPLETE = By.cssSelector(".task-details button[ng-click='complete()']");
  private static final By NOTIFICATION = By.cssSelector(".notifications .alert .message");

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ProcessEngine engine;
  @Autowired EvaluationRepository evaluations;
  @Autowired CaseNoteEntryRepository caseNotes;
  @Autowired FiledDocumentRepository documents;
  @Autowired Outbox outbox;
  @Autowired TransactionTemplate tx;

  String reference;
  String processInstanceId;
  /** The steps done so far: a later person's test is skipped (not failed again) when an earlier one failed. */
  int stepsDone;

  @Test
  @Order(0)
  void everyStartFormMeetsWcag22AaAndTasklistWearsTheCouncilsNameNotCamundasBanner() {
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist(AUDIT_MANAGER, PASSWORD);
      assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
          .as("Camunda's 'migrate to Camunda 8' banner").allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
      assertThat(browser.waitFor(By.cssSelector("[cam-widget-header] .navbar-brand .brand-name")).getText())
          .isEqualTo("Lowfield Council · Practice Evaluations Tasklist");

      browser.driver().findElement(By.xpath("//a[contains(normalize-space(), 'Start process')]")).click();
      List<String> processes = browser.waitUntil(driver -> {
        List<String> names = driver.findElements(By.cssSelector(".modal-body .processes a")).stream()
            .map(WebElement::getText).filter(n -> !n.isBlank()).toList();
        return names.isEmpty() ? null : names;
      });
      assertThat(processes).contains("Practice evaluation", "Request a practice evaluation");
      for (String process : processes) {
        // close the dialog (Escape) and open it again for the next process
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
        openStartForm(browser, process); // checks the form with axe-core
      }
    }
  }

  @Test
  @Order(1)
  void theAuditManagerAllocatesTheEvaluationFromTasklistsStartForm() {
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist(AUDIT_MANAGER, PASSWORD);
      CamundaForm start = openStartForm(browser, "Practice evaluation");
      start.type("Child reference", CHILD)
          .choose("Type of evaluation", "Monthly practice evaluation")
          .type("Auditor (user id)", MARKUP);
      browser.driver().findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"))
          .click();
      WebElement refused = browser.waitFor(NOTIFICATION);
      assertThat(refused.getText()).contains("There is no user " + MARKUP + " to be the auditor.");
      assertThat(refused.findElements(By.cssSelector("img, b"))).as("shown as text, not markup").isEmpty();
      assertThat(browser.driver().getTitle()).isNotEqualTo("parsed");
      browser.screenshot("journey-01-start-form-refused");

      start.type("Auditor (user id)", AUDITOR);
      browser.screenshot("journey-02-start-form");
      browser.driver().findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"))
          .click();
      browser.waitForText(By.cssSelector(".page-notifications"), "The process has been started.");
    }
    processInstanceId = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PracticeEvaluationProcess.KEY).variableValueEquals("childReference", CHILD)
        .singleResult().getId();
    reference = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getBusinessKey();
    assertThat(reference).matches("PE-\\d{4}-\\d{4}");
    stepsDone = 1;
  }

  @Test
  @Order(2)
  void theAuditorFillsInEveryFormOfTheirWorkInTasklist() {
    assumeTrue(stepsDone == 1, "the evaluation was not allocated");
    LocalDate today = LocalDate.now();
    try (Browser browser = Browser.open(port)) {
      browser.resize(1280, 1000);
      browser.logInToTasklist(AUDITOR, PASSWORD);

      CamundaForm allocation = openTask(browser, Elements.READ_ALLOCATION,
          "Read the allocation and plan the evaluation");
      assertThat(browser.driver().findElement(By.cssSelector(".fjs-container")).getText())
          .contains(reference, CHILD);
      allocation.tick("I have the key case information, the checklist and the due date");
      browser.screenshot("journey-03-allocation");
      // no "Add Comment" on the task: comments would keep free text in the engine's history (ADR 0012)
      assertThat(browser.driver().findElements(By.cssSelector(".createCommentLink")))
          .allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());
      complete(browser, Elements.READ_ALLOCATION);

      openTask(browser, Elements.CONTACT_SOCIAL_WORKER, "Contact the social worker")
          .date("Date you spoke to the social worker", today)
          .type("What the social worker told you", "Spoke to Emma: the family prefer visits after school.")
          .pick("Is it safe to contact the family for feedback?", "Yes");
      complete(browser, Elements.CONTACT_SOCIAL_WORKER);

      CamundaForm feedback = openTask(browser, Elements.GATHER_FEEDBACK, "Gather feedback from the child and family")
          .pick("Did the child or young person give feedback?", "Yes");
      CamundaForm youngPerson = feedback.group("The young people's feedback form")
          .type("How did you speak to them?", "At school, with his teacher nearby");
      for (String quality : List.of("Listens to me and takes my views seriously",
          "Explains what is happening in a way I understand", "Does what they say they will do, and is on time",
          "Is honest with me, even when it is hard", "Gets to know me as a person, not just my case",
          "I can get in touch with them when I need to", "Helps me stay in touch with the people who matter to me",
          "Has made a difference to my life")) {
        youngPerson.pick(quality, quality.startsWith("I can get") ? "Sometimes" : "Always");
      }
      youngPerson.type("What did they tell you, in their own words?", "Emma listens and comes when she says.");
      feedback.addRow("Feedback from parents and carers")
          .type("Who", "mother")
          .type("How did you speak to them?", "telephone")
          .pick("Did they feel listened to?", "Yes")
          .pick("Do they understand the plan?", "Partly")
          .pick("Has the support made a difference?", "Yes")
          .type("What did they tell you?", "Mum said the family time plan helps.");
      browser.screenshot("journey-04-family-feedback");
      complete(browser, Elements.GATHER_FEEDBACK);

      // The evaluation form, with the keyboard only: Tab to each field, type, arrow keys and Enter to choose.
      CamundaForm evaluation = openTask(browser, Elements.COMPLETE_EVALUATION, "Complete the evaluation");
      Keyboard keys = new Keyboard(browser);
      // each section of the shipped catalogue: tick the statements met (Space), judge it, justify it
      Catalogue tool = ShippedCatalogue.catalogue();
      for (Catalogue.CatalogueSection section : tool.sections()) {
        CamundaForm row = evaluation.section(section.number() + ". ");
        String commentary = "First auditor: " + section.title() + " - the file and the family support this judgement.";
        if (!section.judged()) {
          keys.tabTo(row.inputOf("Commentary"), "the commentary of section " + section.number()).type(commentary);
          if (section.purpose() == Catalogue.Purpose.GOOD_PRACTICE) {
            keys.tabTo(row.inputOf("Share this example across Children's Services"), "share the example")
                .type(Keys.SPACE);
          }
          continue;
        }
        boolean notRelevant = section.key().equals(ShippedCatalogue.NOT_RELEVANT_SECTION);
        if (!notRelevant) {
          for (Catalogue.Statement statement : section.statements().subList(0, 2)) {
            keys.tabTo(row.option(statement.text()), "a statement of section " + section.number()).type(Keys.SPACE);
          }
        }
        keys.tabTo(row.inputOf("Judgement"), "the judgement of section " + section.number());
        keys.choose(notRelevant ? tool.notRelevantLabel() : "Good");
        if (!notRelevant) {
          keys.tabTo(row.inputOf("Commentary"), "the commentary of section " + section.number()).type(commentary);
        }
        assertThat(row.chosen("Judgement")).isEqualTo(notRelevant ? tool.notRelevantLabel() : "Good");
        if (section.number() == 2) {
          // "not relevant" by mistake, then the section's own reset: back to blank, the other sections untouched
          keys.tabBackTo(row.inputOf("Judgement"), "the judgement of section 2").choose(tool.notRelevantLabel());
          keys.tabTo(row.resetControl(), "Reset this section").type(Keys.ENTER);
          browser.waitUntil(driver -> row.chosen("Judgement").equals("Select"));
          assertThat(browser.script("return document.activeElement.outerHTML.slice(0, 300);"))
              .as("the focus stays on the section's reset, for a keyboard user to carry on from")
              .asString().contains("Reset this section");
          assertThat(row.option(section.statements().get(0).text()).isSelected()).isFalse();
          Catalogue.CatalogueSection firstSection = tool.sections().get(0);
          CamundaForm first = evaluation.section(firstSection.number() + ". ");
          assertThat(first.chosen("Judgement")).as("section 1 after section 2's reset").isEqualTo("Good");
          assertThat(first.option(firstSection.statements().get(0).text()).isSelected())
              .as("section 1's statement after section 2's reset").isTrue();
          assertThat(first.value("Commentary")).as("section 1's commentary after section 2's reset")
              .startsWith("First auditor: " + firstSection.title());
          // backwards from the reset, the second statement comes before the first
          for (Catalogue.Statement statement : List.of(section.statements().get(1), section.statements().get(0))) {
            keys.tabBackTo(row.option(statement.text()), "a statement of section 2 again").type(Keys.SPACE);
          }
          keys.tabTo(row.inputOf("Judgement"), "the judgement of section 2 again").choose("Good");
          keys.tabTo(row.inputOf("Commentary"), "the commentary of section 2 again").type(commentary);
        }
      }
      CamundaForm actionsGroup = evaluation.group("Actions");
      CamundaForm first = actionsGroup.row("The actions", 0);
      keys.tabTo(first.inputOf("What needs to be done"), "the first action").type(FIRST_ACTION);
      keys.tabTo(first.inputOf("Who will do it"), "who will do the first action").choose("Emma Jones (social worker)");
      keys.tabTo(first.inputOf("By when"), "the first action's date").type(CamundaForm.typed(today.plusDays(30)));
      keys.tabTo(first.inputOf("Suggested solution"), "the first action's solution")
          .type("Use the chronology template.");
      keys.tabTo(actionsGroup.addButtonOf("The actions"), "Add new (actions)").type(Keys.ENTER);
      browser.waitUntil(driver -> actionsGroup.rowCount("The actions") == 2);
      CamundaForm secondRow = actionsGroup.row("The actions", 1);
      // the new row comes before "Add new", which keeps the focus: back up to it
      keys.tabBackTo(secondRow.inputOf("What needs to be done"), "the second action")
          .type("Hold a supervision focused on the child's plan.");
      keys.tabTo(secondRow.inputOf("Who will do it"), "who will do the second action")
          .choose("Paul Murphy (team manager)");
      keys.tabTo(secondRow.inputOf("By when"), "the second action's date")
          .type(CamundaForm.typed(today.minusDays(1)));
      CamundaForm overall = evaluation.group("Overall grade");
      keys.tabTo(overall.inputOf("Overall grade"), "the overall grade").choose("Good");
      browser.screenshot("journey-05a-evaluation-statements");
      Axe.check(browser, ".task-details .fjs-container", "form-complete-evaluation");

      // A due date in the past: the server refuses the answers, Tasklist says why (its own words first), the task
      // stays open.
      WebElement completeButton = browser.driver().findElement(COMPLETE);
      keys.tabTo(completeButton, "Complete").type(Keys.ENTER);
      WebElement refused = browser.waitFor(NOTIFICATION);
      assertThat(refused.getText()).startsWith("Please check your answers:")
          .contains("Action 2: the date it is due cannot be in the past.");
      browser.screenshot("journey-05-evaluation-refused");
      assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(Elements.COMPLETE_EVALUATION).count()).isEqualTo(1);
      tx.executeWithoutResult(status -> assertThat(evaluation().getActions()).isEmpty());

      CamundaForm second = evaluation.group("Actions").row("The actions", 1);
      keys.tabBackTo(second.inputOf("By when"), "the second action's date")
          .replace(CamundaForm.typed(today.plusDays(14)));
      assertThat(second.chosen("Who will do it")).isEqualTo("Paul Murphy (team manager)");
      browser.screenshot("journey-06-evaluation-actions");
      keys.tabTo(completeButton, "Complete").type(Keys.ENTER);
      awaitCompleted(browser, Elements.COMPLETE_EVALUATION);

      openTask(browser, Elements.REFLECTIVE_DISCUSSION, "Hold the reflective discussion with the team and submit")
          .date("Date of the discussion", today)
          .type("Who took part", "Emma Jones, Paul Murphy")
          .type("The discussion (section 15)", "We went through the strengths of the direct work and the actions.")
          .pick("Does the team agree with the grade?", "Yes");
      complete(browser, Elements.REFLECTIVE_DISCUSSION);
    }

    tx.executeWithoutResult(status -> {
      Evaluation e = evaluation();
      assertThat(e.contact().socialWorkerContactNotes()).startsWith("Spoke to Emma");
      assertThat(e.getFeedback()).extracting(FamilyFeedback::getRelationship).contains("mother");
      assertThat(e.getFeedback()).hasSize(2);
      List<SectionJudgement> sections = e.sections(SectionJudgement.Stage.FIRST);
      assertThat(sections).hasSize(ShippedCatalogue.catalogue().sections().size());
      assertThat(sections).filteredOn(s -> s.getSectionKey().equals(ShippedCatalogue.NOT_RELEVANT_SECTION))
          .extracting(s -> s.getJudgement().code()).containsExactly("not-relevant");
      assertThat(sections).filteredOn(s -> s.getSectionKey().equals("childs-journey")).singleElement()
          .satisfies(s -> assertThat(s.getStatementsMet()).containsExactly("chronology", "history-understood"));
      assertThat(sections).filteredOn(s -> s.getPurpose() != null).extracting(SectionJudgement::getJudgement)
          .containsOnlyNulls();
      assertThat(e.isGoodPracticeToShare()).isTrue();
      assertThat(e.getCatalogueVersion()).isNotNull();
      assertThat(e.getActions()).extracting(EvaluationAction::getNumber, EvaluationAction::getDescription,
          EvaluationAction::getOwner, EvaluationAction::getDueOn).containsExactly(
          tuple(1, FIRST_ACTION, "ejones", today.plusDays(30)),
          tuple(2, "Hold a supervision focused on the child's plan.", "pmurphy", today.plusDays(14)));
      assertThat(e.grades().firstGrade()).isEqualTo(Grade.GOOD);
      assertThat(e.reflectiveDiscussion().attendees()).isEqualTo("Emma Jones, Paul Murphy");
      assertThat(e.grades().completedBy()).isEqualTo(AUDITOR);
    });
    stepsDone = 2;
  }

  @Test
  @Order(3)
  void theTeamManagerRecordsTheSupervisionAndWritesTheCaseNote() {
    assumeTrue(stepsDone == 2, "the auditor's work was not done");
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist(TEAM_MANAGER, PASSWORD);
      openTask(browser, Elements.SUPERVISION_DISCUSSION, "Discuss the evaluation at case-management supervision")
          .date("Date of the supervision", LocalDate.now())
          .type("What was discussed and agreed", "Went through both actions with Emma; the chronology first.");
      browser.screenshot("journey-07-supervision");
      complete(browser, Elements.SUPERVISION_DISCUSSION);

      openTask(browser, Elements.WRITE_CASE_NOTE, "Write the case audit case note on the actions")
          .type("Case audit case note", "Chronology update started; supervision on the plan booked.");
      complete(browser, Elements.WRITE_CASE_NOTE);
    }
    awaitTask(Elements.UPDATE_ACTIONS);
    assertThat(caseNotes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(reference))
        .extracting(CaseNoteEntry::getKind, CaseNoteEntry::getAuthor)
        .containsExactlyInAnyOrder(tuple("evaluation-summary", AUDIT_MANAGER), tuple("team-progress", TEAM_MANAGER));
    assertThat(documents.findByEvaluationReferenceOrderByStoredAtDescIdDesc(reference)).hasSize(1);
    assertThat(outbox.messages(null, "evaluation-shared", reference, null, 20)).extracting(Outbox.Message::recipient)
        .contains("ejones", TEAM_MANAGER, AUDITOR);
    tx.executeWithoutResult(status -> assertThat(evaluation().getStage()).isEqualTo(EvaluationStage.ACTIONS_OPEN));
    stepsDone = 3;
  }

  @Test
  @Order(4)
  void theAuditManagerOpensTheEvaluationInCockpit() {
    assumeTrue(stepsDone == 3, "the team manager's work was not done");
    try (Browser browser = Browser.open(port)) {
      browser.resize(1280, 1300);
      browser.logInToCockpit(AUDIT_MANAGER, PASSWORD);
      browser.go("/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime");
      browser.waitUntil(driver -> driver.findElements(By.cssSelector(".djs-container svg [data-element-id='"
          + Elements.UPDATE_ACTIONS + "']")).size() > 0);
      browser.waitUntil(ExpectedConditions.elementToBeClickable(
          By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Evaluation']"))).click();
      browser.waitFor(By.cssSelector(".pe-evaluation-tab[data-loaded]"));

      assertThat(browser.waitFor(By.cssSelector(".pe-tab-header h3")).getText()).isEqualTo("Evaluation " + reference);
      WebElement first = browser.waitFor(By.cssSelector(".pe-actions tr[data-action='1']"));
      assertThat(first.getText()).contains(FIRST_ACTION, "Emma Jones");
      assertThat(first.findElements(By.cssSelector("td b"))).as("typed markup is shown as text").isEmpty();
      browser.screenshot("journey-08-cockpit-evaluation");
      // the sections as judged: each statement of what good looks like, met or not by the first auditor
      Catalogue.CatalogueSection journey = ShippedCatalogue.catalogue().section("childs-journey").orElseThrow();
      List<String> statements = browser.waitFor(By.cssSelector(".pe-sections")).findElements(
          By.cssSelector("tr.pe-statement[data-section='" + journey.number() + "']")).stream()
          .map(WebElement::getText).toList();
      assertThat(statements).hasSize(journey.statements().size());
      assertThat(statements.get(0)).startsWith(journey.statements().get(0).text()).endsWith("Met");
      assertThat(statements.get(1)).startsWith(journey.statements().get(1).text()).endsWith("Met");
      assertThat(statements.get(2)).startsWith(journey.statements().get(2).text()).endsWith("Not met");
      browser.scrollTo(browser.waitFor(By.cssSelector(".pe-sections")));
      browser.screenshot("journey-08b-cockpit-statements");
      browser.scrollTo(browser.waitFor(By.cssSelector(".pe-actions")));
      browser.screenshot("journey-09-cockpit-actions");
    }
  }

  /**
   * The job executor of this class's own context stops with the class. The context itself stays open (closing a
   * Spring context with the Camunda webapps clears what the webapps keep JVM-wide, and the next test's Cockpit
   * plugin would not load).
   */
  @AfterAll
  void stopTheJobExecutor() {
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor().shutdown();
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  private CamundaForm openStartForm(Browser browser, String process) {
    browser.waitUntil(ExpectedConditions.elementToBeClickable(
        By.xpath("//a[contains(normalize-space(), 'Start process')]"))).click();
    By link = By.xpath("//div[contains(@class,'modal-body')]//a[normalize-space()=" + "'" + process + "']");
    // While the dialog still slides in, the list item can take the click meant for its link: click again until
    // the link itself receives it.
    browser.waitUntil(driver -> {
      try {
        ExpectedConditions.elementToBeClickable(link).apply(driver).click();
        return true;
      } catch (org.openqa.selenium.ElementClickInterceptedException | NullPointerException
          | org.openqa.selenium.StaleElementReferenceException notYet) {
        return null;
      }
    });
    // A click on the list while Tasklist is still drawing it can go unheard: until the form shows, choose again.
    try {
      browser.waitUntil(driver -> {
        if (!driver.findElements(By.cssSelector(".modal .fjs-container")).isEmpty()
            && driver.findElement(By.cssSelector(".modal .fjs-container")).isDisplayed()) {
          return true;
        }
        driver.findElements(link).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
        return null;
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("start-form-not-shown");
      throw new AssertionError("The start form of '" + process + "' was not shown", e);
    }
    CamundaForm form = CamundaForm.on(browser);
    Axe.check(browser, ".modal .fjs-container", "start-form-" + process.toLowerCase().replace(' ', '-'));
    return form;
  }

  /**
   * Once the task exists (background steps run by the job executor first), opens Tasklist afresh, chooses the
   * "My tasks" filter and the task's card, and waits for its form.
   */
  private CamundaForm openTask(Browser browser, String taskDefinitionKey, String name) {
    awaitTask(taskDefinitionKey);
    browser.go("/camunda/app/tasklist/default/");
    browser.waitUntil(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'task-filters')]//a[contains(normalize-space(), 'My tasks')]"))).click();
    browser.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath(
        "//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space()='" + name + "']")))
        .click();
    browser.waitForText(By.cssSelector(".task-details"), name);
    CamundaForm form = CamundaForm.on(browser);
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("data-pe-forms-repaired"))
        .as("the Tasklist plugin repairing forms with rows is loaded").isEqualTo("true");
    Axe.check(browser, ".task-details .fjs-container", "task-form-" + taskDefinitionKey);
    return form;
  }

  /** Presses Complete and waits until the task is done. */
  private void complete(Browser browser, String taskDefinitionKey) {
    pressComplete(browser);
    awaitCompleted(browser, taskDefinitionKey);
  }

  private void awaitCompleted(Browser browser, String taskDefinitionKey) {
    try {
      browser.waitUntil(driver -> taskService.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(taskDefinitionKey).count() == 0);
    } catch (RuntimeException e) {
      browser.screenshot("journey-not-completed-" + taskDefinitionKey);
      throw new AssertionError(taskDefinitionKey + " was not completed; Tasklist says: " + browser.driver()
          .findElements(NOTIFICATION).stream().map(WebElement::getText).toList(), e);
    }
  }

  /** Complete, at the foot of the form: brought to the middle of the window, clear of Tasklist's page footer. */
  private static void pressComplete(Browser browser) {
    WebElement button = browser.waitUntil(ExpectedConditions.elementToBeClickable(COMPLETE));
    browser.script("arguments[0].scrollIntoView({block: 'center'});", button);
    browser.waitUntil(ExpectedConditions.elementToBeClickable(button)).click();
  }

  private void awaitTask(String taskDefinitionKey) {
    AppNode.await(taskDefinitionKey + " in " + reference, BACKGROUND, () -> taskService.createTaskQuery()
        .processInstanceBusinessKey(reference).taskDefinitionKey(taskDefinitionKey).count() == 1);
  }

  private Evaluation evaluation() {
    return evaluations.findByReference(reference).orElseThrow();
  }
}
