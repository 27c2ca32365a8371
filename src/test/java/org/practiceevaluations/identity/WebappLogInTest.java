package org.practiceevaluations.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;
import static org.practiceevaluations.support.DemoUsers.SOCIAL_WORKER;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may log in to which Camunda web application (docs/guide.md, "Who uses it"): staff to Tasklist, the audit team and
 * process owners to Cockpit, administrators alone to Admin. A refused log-in is 403; a wrong password 401.
 */
@AppTest
class WebappLogInTest {

  @LocalServerPort int port;

  @ParameterizedTest(name = "{0} logging in to {1}: {2}")
  @CsvSource({
      // the social worker works in Tasklist only
      "ejones,   tasklist, 200",
      "ejones,   cockpit,  403",
      "ejones,   admin,    403",
      // the audit manager monitors in Cockpit and works in Tasklist
      "kmorgan,  tasklist, 200",
      "kmorgan,  cockpit,  200",
      "kmorgan,  admin,    403",
      // the process owner checks deployed models in Cockpit
      "bowen,    cockpit,  200",
      "bowen,    admin,    403",
      // team managers and moderators: Tasklist, no Cockpit
      "pmurphy,  tasklist, 200",
      "pmurphy,  cockpit,  403",
      "pmurphy,  admin,    403",
      "sclarke,  tasklist, 200",
      "sclarke,  cockpit,  403",
      "sclarke,  admin,    403",
      // only the administrator opens Admin
      "admin,    admin,    200",
  })
  void eachPersonLogsInWhereTheirWorkIsAndNowhereElse(String user, String app, int expectedStatus) {
    Http.Response login = Http.anonymous(port).webappLogin(app, user, PASSWORD);

    assertThat(login.status()).as(login.toString()).isEqualTo(expectedStatus);
    if (expectedStatus == 200) {
      assertThat(login.json().get("userId").asText()).isEqualTo(user);
      assertThat(login.json().get("authorizedApps")).extracting(node -> node.asText()).contains(app);
    }
  }

  @Test
  void aLoggedInSocialWorkerIsToldCockpitIsNotTheirs() {
    Http browser = Http.anonymous(port);
    assertThat(browser.webappLogin("tasklist", SOCIAL_WORKER, PASSWORD).status()).isEqualTo(200);

    Http.Response me = browser.get("/camunda/api/admin/auth/user/default");

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("authorizedApps")).extracting(node -> node.asText())
        .contains("tasklist").doesNotContain("cockpit", "admin");
  }

  @Test
  void aLogInWithoutTheXsrfTokenIsRefused() {
    Http.Response login = Http.anonymous(port).webappLogin("tasklist", AUDIT_MANAGER, PASSWORD, false);

    assertThat(login.status()).isEqualTo(403);
  }
}
