package org.practiceevaluations.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.TestOidcProvider.TEAM_MANAGERS_GROUP;

import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.support.SsoAppTest;
import org.practiceevaluations.support.SsoFixtures;
import org.practiceevaluations.support.TestOidcProvider;
import org.practiceevaluations.support.browser.Browser;
import org.practiceevaluations.support.browser.CamundaForm;
import org.practiceevaluations.support.browser.RequiresChromium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A team manager opens Tasklist in headless Chromium, is sent to the council's log-in page (the OpenID Connect
 * provider in the test JVM), signs in there with their council account, comes back to Tasklist as themselves and
 * completes their task: the supervision discussion of an evaluation of their team. Screenshots:
 * {@code target/screenshots/sso-*.png}.
 */
@SsoAppTest
@RequiresChromium
class SsoTasklistIT {

  private static final By COMPLETE = By.cssSelector(".task-details button[ng-click='complete()']");
  private static final String TASK_NAME = "Discuss the evaluation at case-management supervision";

  @LocalServerPort int port;
  @Autowired SsoFixtures fixtures;
  @Autowired TaskService taskService;
  @Autowired EvaluationRepository evaluations;
  @Autowired TransactionTemplate tx;

  /** The paths of the requests the provider has had since the last call (it keeps them in order). */
  private static java.util.List<String> drainProviderRequests() {
    java.util.List<String> paths = new java.util.ArrayList<>();
    while (true) {
      okhttp3.mockwebserver.RecordedRequest request;
      try {
        // no waiting: the requests already made are queued; an empty queue answers null or throws at once
        request = TestOidcProvider.server().takeRequest(0, java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (RuntimeException empty) {
        return paths;
      }
      if (request == null) {
        return paths;
      }
      paths.add(request.getRequestUrl().encodedPath());
    }
  }

  @Test
  void aTeamManagerLogsInThroughTheCouncilsLogInPageAndCompletesTheirTask() {
    SsoFixtures.AtSupervision evaluation = fixtures.evaluationAtSupervision();
    String processId = evaluation.process().getId();

    try (Browser browser = Browser.open(port)) {
      browser.go("/camunda/app/tasklist/");
      // the council's log-in page, at the provider
      WebElement userName = browser.waitFor(By.name("username"));
      assertThat(browser.driver().getCurrentUrl()).startsWith(TestOidcProvider.server()
          .authorizationEndpointUrl(TestOidcProvider.ISSUER_ID).toString());
      userName.sendKeys("3c1d7a52-team-manager-object-id");
      browser.driver().findElement(By.name("claims")).sendKeys("{\"preferred_username\": \"nadeyemi@lowfield.gov.uk\","
          + " \"given_name\": \"Nia\", \"family_name\": \"Adeyemi\", \"groups\": [\"" + TEAM_MANAGERS_GROUP + "\"]}");
      browser.screenshot("sso-01-council-log-in-page");
      browser.driver().findElement(By.cssSelector("input[type=submit]")).click();

      // back in Tasklist, logged in as the team manager, no Camunda log-in form on the way
      browser.waitFor(By.cssSelector(".task-filters"));
      assertThat(browser.driver().findElements(By.cssSelector("input[type=password]"))).isEmpty();
      browser.waitUntil(ExpectedConditions.elementToBeClickable(
          By.xpath("//*[contains(@class,'task-filters')]//a[contains(normalize-space(), 'My tasks')]"))).click();
      browser.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath(
          "//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space()='" + TASK_NAME + "']")))
          .click();
      browser.waitForText(By.cssSelector(".task-details"), TASK_NAME);
      CamundaForm.on(browser)
          .date("Date of the supervision", LocalDate.now())
          .type("What was discussed and agreed", "Went through both actions with the social worker.");
      browser.screenshot("sso-02-team-manager-task");
      WebElement complete = browser.waitUntil(ExpectedConditions.elementToBeClickable(COMPLETE));
      browser.script("arguments[0].scrollIntoView({block: 'center'});", complete);
      browser.waitUntil(ExpectedConditions.elementToBeClickable(complete)).click();
      browser.waitUntil(driver -> taskService.createTaskQuery().processInstanceId(processId)
          .taskDefinitionKey(Elements.SUPERVISION_DISCUSSION).count() == 0);
      browser.screenshot("sso-03-task-completed");

      // "Log out" in Tasklist's menu ends the session here and at the provider, and leads back to the council's log-in
      drainProviderRequests();
      browser.waitFor(By.cssSelector("html[data-pe-sso='true']"));
      browser.waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account > a.dropdown-toggle")))
          .click();
      browser.waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("li.logout a"))).click();
      browser.waitFor(By.name("username"));
      assertThat(browser.driver().getCurrentUrl()).startsWith(TestOidcProvider.server()
          .authorizationEndpointUrl(TestOidcProvider.ISSUER_ID).toString());
      assertThat(drainProviderRequests()).as("the provider was asked to end its session")
          .anyMatch(path -> path.startsWith(TestOidcProvider.server().endSessionEndpointUrl(TestOidcProvider.ISSUER_ID)
              .encodedPath()));
      browser.screenshot("sso-04-logged-out");
    }

    assertThat(taskService.createTaskQuery().processInstanceId(processId).singleResult())
        .satisfies(next -> {
          assertThat(next.getTaskDefinitionKey()).isEqualTo(Elements.WRITE_CASE_NOTE);
          assertThat(next.getAssignee()).isEqualTo(SsoFixtures.TEAM_MANAGER);
        });
    tx.executeWithoutResult(status -> assertThat(evaluations.findByReference(evaluation.reference()).orElseThrow()
        .teamFollowUp().supervisionNotes()).isEqualTo("Went through both actions with the social worker."));
  }
}
