package org.practiceevaluations.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;
import static org.practiceevaluations.support.DemoUsers.SOCIAL_WORKER;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.DemoData;
import org.practiceevaluations.support.DemoUsers;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application's own REST API ({@code /api}) takes HTTP Basic, or the Tasklist/Cockpit session with its XSRF
 * token on anything that changes data (ADR 0002), and then checks the caller's groups.
 */
@AppTest
class ApiAuthenticationTest {

  /** A user no other test logs in as: a wrong password delays this user's next log-in for a few seconds. */
  private static final String USER_WITH_A_TYPO = "jpowell";
  /** Naming the audit manager again as the audit manager changes nothing, so any test may do it. */
  private static final String UNCHANGING_UPDATE = "/api/directory/roles/audit-manager";
  private static final String UNCHANGING_BODY = "{\"userId\":\"" + AUDIT_MANAGER + "\"}";
  /** Importing a demo case exactly as shipped changes nothing either. */
  private static final String UNCHANGING_CASE = "C104348";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void nobodyIsAnsweredWithoutALogIn() {
    Http.Response response = Http.anonymous(port).get("/api/cases");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).as("no Basic challenge a browser would answer").isEmpty();
    assertThat(response.json().get("message").asText()).contains("Log in first");
  }

  @Test
  void aBrowserOpeningTheApiWithoutALogInIsSentToLogIn() {
    Http.Response response = Http.anonymous(port).send("GET", "/api/cases", null, null,
        Map.of("Accept", "text/html,application/xhtml+xml", "Sec-Fetch-Mode", "navigate"));
    Http.Response engine = Http.anonymous(port).send("GET", "/engine-rest/task", null, null,
        Map.of("Accept", "text/html,application/xhtml+xml", "Sec-Fetch-Mode", "navigate"));

    assertThat(response.status()).isEqualTo(302);
    assertThat(response.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/tasklist/"));
    assertThat(response.header("WWW-Authenticate")).isEmpty();
    assertThat(engine.status()).isEqualTo(302);
    assertThat(engine.header("WWW-Authenticate")).isEmpty();
  }

  @Test
  void aChangeSentWithHttpBasicButNeitherTheXsrfHeaderNorJsonIsRefusedAndChangesNothing() {
    String csv = "child_reference,first_name,last_name,date_of_birth,team_code,allocated_worker,iro,legal_status,"
        + "looked_after_since,cp_plan_since,status\nC990001,Forged,Request,2015-01-01,ATN,ejones,,child-in-need,,,open\n";
    Http.Response forged = Http.basicWithoutXsrfHeader(port, DemoUsers.AUDIT_MANAGER, DemoUsers.PASSWORD)
        .postCsv("/api/cases/import", csv);

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.json().get("message").asText()).contains("X-XSRF-TOKEN");
    assertThat(Http.basic(port, DemoUsers.AUDIT_MANAGER, DemoUsers.PASSWORD).get("/api/cases/C990001").status())
        .isEqualTo(404);
  }

  @Test
  void aWrongPasswordIsRefused() {
    try {
      Http.Response response = Http.basic(port, USER_WITH_A_TYPO, "not-the-password").get("/api/directory/teams");

      assertThat(response.status()).isEqualTo(401);
      assertThat(response.json().get("message").asText()).contains("wrong");
    } finally {
      identityService.unlockUser(USER_WITH_A_TYPO);
    }
  }

  @Test
  void aSocialWorkerCannotImportTheCaseRegister() {
    Http.Response response = Http.basic(port, SOCIAL_WORKER, PASSWORD).postCsv("/api/cases/import",
        "child_reference\n");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("message").asText()).contains("Audit manager and audit team");
  }

  @Test
  void anyMemberOfStaffReadsTheTeamDirectory() {
    Http.Response response = Http.basic(port, SOCIAL_WORKER, PASSWORD).get("/api/directory/teams");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json()).hasSize(6);
  }

  @Test
  void aTasklistSessionReadsWithoutTheXsrfToken() {
    Http browser = Http.anonymous(port);
    assertThat(browser.webappLogin("tasklist", AUDIT_MANAGER, PASSWORD).status()).isEqualTo(200);

    assertThat(browser.get("/api/cases").status()).isEqualTo(200);
  }

  @Test
  void aTasklistSessionChangesNothingWithoutTheXsrfToken() {
    Http browser = Http.anonymous(port);
    assertThat(browser.webappLogin("tasklist", AUDIT_MANAGER, PASSWORD).status()).isEqualTo(200);

    Http.Response withoutToken = browser.sendJson("PUT", UNCHANGING_UPDATE, UNCHANGING_BODY, false);
    Http.Response withToken = browser.sendJson("PUT", UNCHANGING_UPDATE, UNCHANGING_BODY, true);

    assertThat(withoutToken.status()).as(withoutToken.toString()).isEqualTo(403);
    assertThat(withoutToken.json().get("message").asText()).contains("X-XSRF-TOKEN");
    assertThat(withToken.status()).as(withToken.toString()).isEqualTo(200);
    assertThat(withToken.json().get("userId").asText()).isEqualTo(AUDIT_MANAGER);
  }

  @Test
  void aTasklistSessionImportsOnlyWithTheXsrfToken() {
    Http browser = Http.anonymous(port);
    assertThat(browser.webappLogin("tasklist", AUDIT_MANAGER, PASSWORD).status()).isEqualTo(200);
    byte[] unchangedCase = DemoData.caseAsShipped(UNCHANGING_CASE).getBytes(StandardCharsets.UTF_8);

    Http.Response withoutToken = browser.send("POST", "/api/cases/import", "text/csv", unchangedCase, Map.of());
    Http.Response withToken = browser.send("POST", "/api/cases/import", "text/csv", unchangedCase,
        Map.of("X-XSRF-TOKEN", browser.xsrfToken()));

    assertThat(withoutToken.status()).as(withoutToken.toString()).isEqualTo(403);
    assertThat(withToken.status()).as(withToken.toString()).isEqualTo(200);
    assertThat(withToken.json().get("updated").asInt()).isEqualTo(1);
  }

  @Test
  void aSessionOfAnotherBrowserDoesNotLendItsXsrfToken() {
    Http browser = Http.anonymous(port);
    Http otherBrowser = Http.anonymous(port);
    assertThat(browser.webappLogin("tasklist", AUDIT_MANAGER, PASSWORD).status()).isEqualTo(200);
    assertThat(otherBrowser.webappLogin("tasklist", AUDIT_MANAGER, PASSWORD).status()).isEqualTo(200);

    Http.Response response = browser.send("PUT", UNCHANGING_UPDATE, "application/json",
        UNCHANGING_BODY.getBytes(StandardCharsets.UTF_8), Map.of("X-XSRF-TOKEN", otherBrowser.xsrfToken()));

    assertThat(response.status()).isEqualTo(403);
  }
}
