package org.practiceevaluations.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.TestOidcProvider.AUDIT_TEAM_GROUP;
import static org.practiceevaluations.support.TestOidcProvider.FINANCE_GROUP;
import static org.practiceevaluations.support.TestOidcProvider.TEAM_MANAGERS_GROUP;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.OidcBrowserlessLogIn;
import org.practiceevaluations.support.SsoAppTest;
import org.practiceevaluations.support.TestOidcProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Logging in to the webapps through the provider: the person lands in Tasklist as themselves, with the groups the
 * mapping gives; their directory entry is created, and refreshed at the next log-in (name, address, memberships);
 * someone in no mapped group is turned away; logging out ends the session here and sends the browser to the
 * provider's end-session endpoint.
 */
@SsoAppTest
class SsoLogInTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void aNewMemberOfStaffLogsInThroughTheProviderAndIsPutInTheDirectory() throws Exception {
    OidcBrowserlessLogIn browser = new OidcBrowserlessLogIn(port);

    HttpResponse<String> page = browser.logIn("/camunda/app/tasklist/default/", "0a1b-object-id", Map.of(
        "preferred_username", "Jo.Doe@lowfield.gov.uk", "given_name", "Jo", "family_name", "Doe",
        "email", "jo.doe@lowfield.gov.uk", "groups", List.of(TEAM_MANAGERS_GROUP, AUDIT_TEAM_GROUP, FINANCE_GROUP)));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.uri().getPath()).isEqualTo("/camunda/app/tasklist/default/");
    JsonNode me = JSON.readTree(browser.get("/camunda/api/admin/auth/user/default").body());
    assertThat(me.get("userId").asText()).isEqualTo("jo.doe");
    assertThat(me.get("authorizedApps")).extracting(JsonNode::asText).contains("tasklist", "cockpit")
        .doesNotContain("admin");
    User user = identityService.createUserQuery().userId("jo.doe").singleResult();
    assertThat(user).extracting(User::getFirstName, User::getLastName, User::getEmail)
        .containsExactly("Jo", "Doe", "jo.doe@lowfield.gov.uk");
    assertThat(groupsOf("jo.doe")).containsExactlyInAnyOrder("team-managers", "auditors", "audit-team");
    assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);

    // the council moves Jo out of the audit team and Jo marries: the next log-in brings the directory up to date
    OidcBrowserlessLogIn later = new OidcBrowserlessLogIn(port);
    assertThat(later.logIn("/camunda/app/tasklist/default/", "0a1b-object-id", Map.of(
        "preferred_username", "jo.doe@lowfield.gov.uk", "given_name", "Jo", "family_name", "Doe-Smith",
        "email", "jo.doe-smith@lowfield.gov.uk", "groups", List.of(TEAM_MANAGERS_GROUP))).statusCode()).isEqualTo(200);
    assertThat(identityService.createUserQuery().userId("jo.doe").singleResult())
        .extracting(User::getLastName, User::getEmail).containsExactly("Doe-Smith", "jo.doe-smith@lowfield.gov.uk");
    assertThat(groupsOf("jo.doe")).containsExactlyInAnyOrder("team-managers", "auditors");
    JsonNode laterMe = JSON.readTree(later.get("/camunda/api/admin/auth/user/default").body());
    assertThat(laterMe.get("authorizedApps")).extracting(JsonNode::asText).contains("tasklist")
        .doesNotContain("cockpit");
  }

  @Test
  void someoneInNoMappedGroupIsTurnedAwayWithAReason() {
    OidcBrowserlessLogIn browser = new OidcBrowserlessLogIn(port);

    HttpResponse<String> refusal = browser.logIn("/camunda/app/tasklist/default/", "finance-person", Map.of(
        "preferred_username", "pat.payroll@lowfield.gov.uk", "groups", List.of(FINANCE_GROUP)));

    assertThat(refusal.statusCode()).isEqualTo(403);
    assertThat(refusal.body()).contains("not in any of the groups that use Practice Evaluations");
    assertThat(identityService.createUserQuery().userId("pat.payroll").count()).isZero();
    assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
  }

  @Test
  void loggingOutEndsTheSessionHereAndAtTheProvider() {
    OidcBrowserlessLogIn browser = new OidcBrowserlessLogIn(port);
    HttpResponse<String> page = browser.logIn("/camunda/app/tasklist/default/", "nadeyemi-oid", Map.of(
        "preferred_username", "nadeyemi@lowfield.gov.uk", "groups", List.of(TEAM_MANAGERS_GROUP)));
    assertThat(page.statusCode()).as(page.uri() + " " + page.headers().map() + page.body()).isEqualTo(200);
    assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);

    // Tasklist's own "Log out" (with the session's XSRF token)
    assertThat(browser.postWithXsrf("/camunda/api/admin/auth/user/default/logout").statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
    assertThat(browser.open("/camunda/app/tasklist/default/").headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/oauth2/authorization/sso"));

    // /logout also ends the provider's session (RP-initiated log-out)
    OidcBrowserlessLogIn again = new OidcBrowserlessLogIn(port);
    again.logIn("/camunda/app/tasklist/default/", "nadeyemi-oid", Map.of(
        "preferred_username", "nadeyemi@lowfield.gov.uk", "groups", List.of(TEAM_MANAGERS_GROUP)));
    HttpResponse<String> logout = again.open("/logout");
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
        .startsWith(TestOidcProvider.server().endSessionEndpointUrl(TestOidcProvider.ISSUER_ID).toString())
        .contains("post_logout_redirect_uri="));
    assertThat(again.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
