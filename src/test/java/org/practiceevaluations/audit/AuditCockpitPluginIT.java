package org.practiceevaluations.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.practiceevaluations.support.browser.Axe;
import org.practiceevaluations.support.browser.Browser;
import org.practiceevaluations.support.browser.RequiresChromium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The audit manager logs in to Cockpit in headless Chromium and finds the audit overview on the dashboard, with the
 * figures of the known {@link AuditDataSet}, at 1280 and at 1024 pixels; then opens an evaluation's process
 * instance and its "Evaluation" tab. Screenshots: {@code target/screenshots/cockpit-*.png}.
 */
@AuditDataSetTest
@RequiresChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditCockpitPluginIT {

  private static final By OVERVIEW = By.cssSelector(".pe-audit-overview[data-loaded]");
  private static final By TAB = By.cssSelector(".pe-evaluation-tab[data-loaded]");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  AuditDataSet data;
  Browser browser;

  @BeforeAll
  void logIn() {
    data = AuditDataSet.in(context);
    browser = Browser.open(port);
    browser.logInToCockpit(AUDIT_MANAGER, PASSWORD);
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
    AuditDataSet.backToRealTime();
  }

  @Test
  @Order(1)
  void theDashboardShowsTheAuditOverviewFirst() {
    browser.resize(1280, 2300);
    WebElement overview = browser.waitFor(OVERVIEW);

    assertThat(text(By.cssSelector(".pe-audit-overview .section-title"))).isEqualTo("Audit overview");
    assertThat(text(By.cssSelector(".pe-as-of"))).isEqualTo("As at 18 Nov 2026, 10:00");
    // It comes before Cockpit's own "Right now" section.
    assertThat((Boolean) browser.script("return arguments[0].getBoundingClientRect().top "
        + "< document.querySelector('.dashboard section.actual').getBoundingClientRect().top;", overview)).isTrue();

    assertThat(List.of("ALLOCATED", "IN_PROGRESS", "AWAITING_MODERATION", "GRADE_DISPUTED", "SHARED", "ACTIONS_OPEN")
        .stream().map(stage -> text(By.cssSelector("[data-figure=stage-" + stage + "] .value"))).toList())
        .containsExactly("2", "2", "1", "0", "4", "1");
    assertThat(text(By.cssSelector(".pe-areas tr[data-area=CIC] td[data-stage=OPEN]"))).isEqualTo("4");
    assertThat(text(By.cssSelector(".pe-areas tr[data-area=FDA] td[data-stage=ALLOCATED]"))).isEqualTo("1");
    assertThat(text(By.cssSelector(".pe-areas tr[data-area=SFS] td[data-stage=AWAITING_MODERATION]"))).isEqualTo("1");

    List<WebElement> overdue = browser.driver().findElements(By.cssSelector(".pe-overdue-evaluations tbody tr"));
    assertThat(overdue).extracting(WebElement::getText).containsExactly(
        data.reference("A2") + " Evaluation Family Safeguarding Team 1 Catherine Green 8 Nov 2026 10 days",
        data.reference("M1") + " Moderation Family Safeguarding Team 2 Simon Clarke 11 Nov 2026 7 days",
        data.reference("P1") + " Evaluation Assessment Team South Rachel King 13 Nov 2026 5 days");
    assertThat(overdue.get(0).findElement(By.tagName("a")).getAttribute("href"))
        .endsWith("#/process-instance/" + data.processOf("A2") + "/runtime");
    assertThat(text(By.cssSelector(".pe-overdue-case-notes tbody tr")))
        .isEqualTo(data.reference("S1") + " Assessment Team North Paul Murphy 5 Nov 2026 13 days");

    assertThat(browser.driver().findElements(By.cssSelector(".pe-concerns tbody tr"))).extracting(WebElement::getText)
        .containsExactly(
            "CC-2026-0002 " + data.reference("X1") + " Family Safeguarding Team 2 30 Oct 2026 "
                + "Practice manager's response 6 Nov 2026 Overdue by 12 days",
            "CC-2026-0001 " + data.reference("X2") + " Children in Care Team 19 Oct 2026 "
                + "Review meeting 19 Nov 2026 Due in 1 day");

    assertThat(text(By.cssSelector("[data-block=grades] .pe-heading")))
        .isEqualTo("Final grades, October to December 2026 against July to September 2026 (“was”)");
    // Outstanding, good, requires improvement, inadequate, all, good or outstanding: this quarter, and "was".
    assertThat(texts(By.cssSelector(".pe-grades tr[data-area=ALL] .pe-this")))
        .containsExactly("1", "3", "2", "2", "8", "50%");
    assertThat(texts(By.cssSelector(".pe-grades tr[data-area=ALL] .pe-last")))
        .containsExactly("was 1", "was 1", "was 2", "was 0", "was 4", "was 50%");
    assertThat(texts(By.cssSelector(".pe-grades tr[data-area=FDA] td[data-grade=good-or-better] span")))
        .containsExactly("100% ▲", "▲", "was 50%");
    assertThat(text(By.cssSelector("[data-figure=moderation-this-quarter] .value"))).isEqualTo("33%");
    assertThat(text(By.cssSelector("[data-figure=moderation-this-quarter] .pe-detail")))
        .isEqualTo("1 of 3 moderator's grades the same as the first auditor's; 1 higher, 1 lower.");
    assertThat(text(By.cssSelector("[data-figure=moderation-last-quarter] .value"))).isEqualTo("100%");

    assertThat(text(By.cssSelector(".pe-incidents tbody tr .pe-cause")))
        .startsWith("The mail server could not be reached, so the e-mail “Evaluation allocated” did not reach");
    assertThat(text(By.cssSelector(".pe-incidents tbody tr"))).contains(data.reference("A2"),
        "Send the evaluation to the auditor (and moderator)");

    // the managers' own share of their evaluations this year: a readable table, the ones below half named
    assertThat(text(By.cssSelector("[data-block=managers-share] .pe-heading")))
        .isEqualTo("Managers' own share of their evaluations, 2026 at least half themselves");
    List<WebElement> managers = browser.driver().findElements(By.cssSelector(".pe-managers-share tbody tr"));
    assertThat(managers).isNotEmpty();
    assertThat(managers).extracting(row -> row.getAttribute("data-manager")).contains("pmurphy");
    List<String> below = new java.util.ArrayList<>();
    for (WebElement row : managers) {
      List<String> cells = row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
      assertThat(cells).hasSize(5);
      long allocated = Long.parseLong(cells.get(1));
      long themselves = Long.parseLong(cells.get(2));
      boolean belowHalf = allocated > 0 && themselves * 2 < allocated;
      assertThat(cells.get(4)).as(cells.toString())
          .isEqualTo(allocated == 0 ? "None allocated" : belowHalf ? "No, below half" : "Yes");
      if (belowHalf) {
        below.add(cells.get(0));
      }
    }
    String sentence = text(By.cssSelector(".pe-managers-below"));
    if (below.isEmpty()) {
      assertThat(sentence).startsWith("Every manager");
    } else {
      assertThat(sentence).startsWith("Below half: ").contains(below);
    }

    browser.screenshot("cockpit-audit-overview-1280");
    assertThat(errorsOfThePlugin()).isEmpty();
  }

  @Test
  @Order(2)
  void theAuditOverviewMeetsWcag22AaAndCockpitWearsTheCouncilsNameNotCamundasBanner() {
    browser.resize(1280, 2300);
    browser.waitFor(OVERVIEW);

    Axe.check(browser, ".pe-audit-overview", "cockpit-audit-overview");
    assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
        .as("Camunda's 'migrate to Camunda 8' banner").allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    assertThat(text(By.cssSelector("[cam-widget-header] .navbar-brand .brand-name")))
        .isEqualTo("Lowfield Council · Practice Evaluations Cockpit");
    assertThat(browser.driver().getTitle()).startsWith("Lowfield Council · Practice Evaluations Cockpit");
  }

  @Test
  @Order(3)
  void onANarrowLaptopScreenNothingSpillsSideways() {
    browser.resize(1024, 2600);
    browser.waitFor(OVERVIEW);

    Long overflow = (Long) browser.script("const d = document.querySelector('.dashboard');"
        + "return d.scrollWidth - d.clientWidth;");
    assertThat(overflow).as("pixels the dashboard is wider than the window").isLessThanOrEqualTo(0L);
    List<WebElement> tables = browser.driver().findElements(By.cssSelector(".pe-audit-overview table"));
    for (WebElement table : tables) {
      Long tableOverflow = (Long) browser.script("return arguments[0].parentElement.scrollWidth "
          + "- arguments[0].parentElement.clientWidth;", table);
      assertThat(tableOverflow).as("pixels a table scrolls sideways").isLessThanOrEqualTo(0L);
    }
    assertThat(text(By.cssSelector("[data-figure=stage-SHARED] .value"))).isEqualTo("4");

    browser.screenshot("cockpit-audit-overview-1024");
  }

  @Test
  @Order(4)
  void anOverdueEvaluationLinksToItsProcessInstanceWhereTheEvaluationTabShowsIt() {
    browser.resize(1280, 900);
    browser.waitFor(OVERVIEW);
    browser.driver().findElement(By.linkText(data.reference("A2"))).click();

    browser.waitUntil(ExpectedConditions.urlContains("/process-instance/" + data.processOf("A2")));
    openEvaluationTab();
    assertThat(text(By.cssSelector(".pe-tab-header h3"))).isEqualTo("Evaluation " + data.reference("A2"));
    assertThat(text(By.cssSelector(".pe-deadlines tr[data-deadline=\"First auditor's evaluation\"]")))
        .isEqualTo("First auditor's evaluation 8 Nov 2026 Overdue by 10 days");
  }

  @Test
  @Order(5)
  void theEvaluationTabShowsTheCaseThePeopleTheGradesTheActionsTheNotesAndThePdf() {
    browser.resize(1280, 1400);
    browser.go("/camunda/app/cockpit/default/#/process-instance/" + data.processOf("O1") + "/runtime");
    openEvaluationTab();

    assertThat(text(By.cssSelector(".pe-tab-header h3"))).isEqualTo("Evaluation " + data.reference("O1"));
    assertThat(text(By.cssSelector(".pe-tab-header .pe-stage"))).isEqualTo("Actions open");
    assertThat(text(By.cssSelector("[data-block=case] .pe-facts"))).contains("C106087", "Reece Murray",
        "Care leaver", "Leaving Care Team");
    assertThat(text(By.cssSelector(".pe-people tr[data-role=Moderator]"))).isEqualTo("Moderator Anne Fitzgerald");
    assertThat(text(By.cssSelector("[data-block=grades] .pe-facts")))
        .contains("First auditor's grade\nGood", "Moderated grade\nGood", "Final grade\nGood", "Settled by\nModerator");
    assertThat(text(By.cssSelector(".pe-deadlines tr[data-deadline=Moderation]")))
        .isEqualTo("Moderation 15 Oct 2026 14 Oct 2026 Done");
    assertThat(browser.driver().findElements(By.cssSelector(".pe-actions tbody tr"))).extracting(WebElement::getText)
        .containsExactly(
            "1 Update the pathway plan with Reece's accommodation goals. Zoe Daniels 10 Nov 2026 Open, overdue",
            "2 Hold a supervision focused on the pathway plan. Dan Hughes 30 Oct 2026 Done 28 Oct 2026 "
                + "Supervision held on 28 October; the plan is now reviewed monthly.");
    assertThat(browser.driver().findElements(By.cssSelector(".pe-case-notes tbody tr"))).hasSize(2);
    WebElement pdf = browser.driver().findElement(By.cssSelector(".pe-documents a[data-document]"));
    assertThat(pdf.getText()).startsWith("Download " + data.reference("O1")).endsWith(".pdf");
    assertThat(pdf.getAttribute("href")).matches("http://localhost:" + port + "/api/documents/\\d+");

    // As a person reading the tab would: fold the diagram away so the tabs fill the page.
    browser.driver().findElement(By.cssSelector(".ctn-content-top .hide-collapsable")).click();
    browser.waitUntil(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ctn-content-top .djs-container")));
    browser.screenshot("cockpit-evaluation-tab");
    assertThat(errorsOfThePlugin()).isEmpty();

    assertThat(text(By.cssSelector("[data-discussion=reflective]"))).contains(
        "Reflective discussion with the team (section 15)", AuditDataSet.O1_SECTION_15_REASONS);
    assertThat(text(By.cssSelector("[data-discussion=moderation]"))).contains("Moderation discussion (section 15a)",
        "The team's view of the moderator's grade\nAgrees with the grade");
    Axe.check(browser, ".pe-evaluation-tab", "cockpit-evaluation-tab");
  }

  /** Errors the page logged about the plugin or its data (Cockpit logs a few 404s of its own on a fresh load). */
  private List<String> errorsOfThePlugin() {
    return browser.consoleErrors().stream()
        .filter(e -> e.contains("/api/audit") || e.contains("practice-evaluations") || e.contains("Uncaught"))
        .toList();
  }

  private List<String> texts(By by) {
    browser.waitFor(by);
    return browser.driver().findElements(by).stream().map(WebElement::getText).toList();
  }

  @Test
  @Order(6)
  void whatPeopleTypedIsShownAsTextNotAsMarkup() {
    browser.go("/camunda/app/cockpit/default/#/process-instance/" + data.processOf("S1") + "/runtime");
    openEvaluationTab();

    WebElement progress = browser.waitFor(By.cssSelector(".pe-actions tr[data-action='1'] td:last-child"));
    assertThat(progress.getText()).isEqualTo(AuditDataSet.S1_PROGRESS_NOTE);
    assertThat(progress.findElements(By.cssSelector("*"))).isEmpty();
    assertThat(browser.driver().getTitle()).isNotEqualTo("parsed");
  }

  @Test
  @Order(7)
  void theAuditManagerAlsoWorksInTasklistWithTheSameBrowserHelper() {
    try (Browser tasklist = Browser.open(port)) {
      tasklist.logInToTasklist(AUDIT_MANAGER, PASSWORD);

      tasklist.waitForText(By.cssSelector(".task-filters"), "Cases of concern");
      tasklist.waitForText(By.cssSelector("[cam-widget-header]"), "Start process");
      tasklist.screenshot("tasklist-audit-manager");
      // Tasklist's "Create task" (a task outside any process) is not offered: the engine's door refuses it to staff
      assertThat(tasklist.driver().findElements(By.xpath("//*[normalize-space()='Create task']")))
          .allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());
    }
  }

  private void openEvaluationTab() {
    By tab = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Evaluation']");
    // Cockpit draws the tabs again once its plugins have loaded: a tab found just before that is gone when clicked,
    // so it is found and clicked again until the click lands
    browser.waitUntil(driver -> {
      WebElement clickable = ExpectedConditions.elementToBeClickable(tab).apply(driver);
      if (clickable == null) {
        return false;
      }
      try {
        clickable.click();
        return true;
      } catch (org.openqa.selenium.StaleElementReferenceException drawnAgain) {
        return false;
      }
    });
    browser.waitFor(TAB);
  }

  private String text(By by) {
    return browser.waitFor(by).getText();
  }
}
