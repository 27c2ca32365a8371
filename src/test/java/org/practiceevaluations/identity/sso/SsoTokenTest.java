package org.practiceevaluations.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.TestOidcProvider.AUDIT_TEAM_GROUP;
import static org.practiceevaluations.support.TestOidcProvider.FINANCE_GROUP;
import static org.practiceevaluations.support.TestOidcProvider.SOCIAL_WORKERS_GROUP;
import static org.practiceevaluations.support.TestOidcProvider.TEAM_MANAGERS_GROUP;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.practiceevaluations.support.DemoUsers;
import org.practiceevaluations.support.Http;
import org.practiceevaluations.support.SsoAppTest;
import org.practiceevaluations.support.SsoFixtures;
import org.practiceevaluations.support.TestOidcProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With single sign-on, {@code /engine-rest} and {@code /api} take the provider's bearer tokens: the person named in
 * the token, with the groups the mapping gives, and exactly the rights a Tasklist log-in of theirs has. A token that
 * maps to no group gets nothing; an expired, wrongly signed or foreign token gets 401; local passwords are refused
 * except the break-glass administrator's.
 */
@SsoAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SsoTokenTest {

  @LocalServerPort int port;
  @Autowired SsoFixtures fixtures;

  SsoFixtures.AtSupervision evaluation;

  @BeforeAll
  void anEvaluationAtTheTeamManagersTask() {
    evaluation = fixtures.evaluationAtSupervision();
  }

  @Test
  void aTeamManagersTokenReachesTheEngineAndTheApiWithTheirRights() {
    Http teamManager = Http.bearer(port, TestOidcProvider.accessToken(SsoFixtures.TEAM_MANAGER,
        List.of(TEAM_MANAGERS_GROUP)));

    Http.Response tasks = teamManager.get("/engine-rest/task?processInstanceId=" + evaluation.process().getId());
    assertThat(tasks.status()).as(tasks.toString() + tasks.headers()).isEqualTo(200);
    assertThat(tasks.json()).extracting(task -> task.get("assignee").asText()).containsExactly(SsoFixtures.TEAM_MANAGER);
    Http.Response view = teamManager.get("/api/evaluations/" + evaluation.reference());
    assertThat(view.status()).as(view.toString()).isEqualTo(200);
    assertThat(view.json().get("reference").asText()).isEqualTo(evaluation.reference());
    // the outbox is the audit team's, not a team manager's
    assertThat(teamManager.get("/api/outbox").status()).isEqualTo(403);

    Http auditManager = Http.bearer(port, TestOidcProvider.accessToken(DemoUsers.AUDIT_MANAGER,
        List.of(AUDIT_TEAM_GROUP)));
    assertThat(auditManager.get("/api/outbox").status()).isEqualTo(200);
  }

  @Test
  void someoneElsesTokenDoesNotSeeTheTeamManagersWork() {
    Http otherTeamsWorker = Http.bearer(port, TestOidcProvider.accessToken("ejones", List.of(SOCIAL_WORKERS_GROUP)));

    Http.Response tasks = otherTeamsWorker.get("/engine-rest/task?processInstanceId=" + evaluation.process().getId());
    assertThat(tasks.status()).isEqualTo(200);
    assertThat(tasks.json()).isEmpty();
    assertThat(otherTeamsWorker.get("/api/evaluations/" + evaluation.reference()).status()).isEqualTo(404);
  }

  @Test
  void aTokenWhoseGroupsMapToNothingGetsNothing() {
    Http outsider = Http.bearer(port, TestOidcProvider.accessToken("nadeyemi", List.of(FINANCE_GROUP)));

    assertThat(outsider.get("/engine-rest/task").status()).isEqualTo(403);
    assertThat(outsider.get("/engine-rest/process-definition").status()).isEqualTo(403);
    assertThat(outsider.get("/api/evaluations/" + evaluation.reference()).status()).isEqualTo(403);
    assertThat(Http.bearer(port, TestOidcProvider.accessToken("nobody", List.of())).get("/api/outbox").status())
        .isEqualTo(403);
  }

  @Test
  void anExpiredTokenIsRefused() {
    String expired = TestOidcProvider.accessToken(SsoFixtures.TEAM_MANAGER, List.of(TEAM_MANAGERS_GROUP),
        Duration.ofHours(-1));

    Http.Response engine = Http.bearer(port, expired).get("/engine-rest/task");
    assertThat(engine.status()).isEqualTo(401);
    assertThat(engine.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    assertThat(Http.bearer(port, expired).get("/api/evaluations/" + evaluation.reference()).status()).isEqualTo(401);
  }

  @Test
  void aTokenSignedWithAnotherKeyOrFromAnotherIssuerIsRefused() throws Exception {
    SignedJWT genuine = SignedJWT.parse(TestOidcProvider.accessToken(SsoFixtures.TEAM_MANAGER,
        List.of(TEAM_MANAGERS_GROUP, AUDIT_TEAM_GROUP)));
    RSAKey forger = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
    SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(forger.getKeyID()).build(),
        genuine.getJWTClaimsSet());
    forged.sign(new RSASSASigner(forger));

    assertThat(Http.bearer(port, forged.serialize()).get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(Http.bearer(port, forged.serialize()).get("/api/outbox").status()).isEqualTo(401);
    String tampered = genuine.serialize().substring(0, genuine.serialize().lastIndexOf('.') + 1) + "AAAA";
    assertThat(Http.bearer(port, tampered).get("/engine-rest/task").status()).isEqualTo(401);

    String foreign = TestOidcProvider.server().issueToken("another-tenant", TestOidcProvider.CLIENT_ID,
        new no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback("another-tenant", "nadeyemi", "JWT",
            List.of(TestOidcProvider.CLIENT_ID), java.util.Map.of("preferred_username", "nadeyemi",
                "groups", List.of(TEAM_MANAGERS_GROUP)), 3600)).serialize();
    assertThat(Http.bearer(port, foreign).get("/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  void aTokenForAnotherApplicationIsRefused() {
    String otherAudience = TestOidcProvider.server().issueToken(TestOidcProvider.ISSUER_ID, "payroll",
        new no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback(TestOidcProvider.ISSUER_ID, "nadeyemi",
            "JWT", List.of("payroll"), java.util.Map.of("preferred_username", "nadeyemi",
                "groups", List.of(TEAM_MANAGERS_GROUP)), 3600)).serialize();

    assertThat(Http.bearer(port, otherAudience).get("/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  void localPasswordsAreOffExceptTheBreakGlassAdministrators() {
    assertThat(Http.basic(port, DemoUsers.AUDIT_MANAGER, DemoUsers.PASSWORD).get("/engine-rest/task").status())
        .isEqualTo(401);
    Http.Response api = Http.basic(port, DemoUsers.AUDIT_MANAGER, DemoUsers.PASSWORD).get("/api/outbox");
    assertThat(api.status()).isEqualTo(401);
    assertThat(api.json().get("message").asText()).contains("Local passwords are off");
    assertThat(Http.anonymous(port).webappLogin("tasklist", DemoUsers.AUDIT_MANAGER, DemoUsers.PASSWORD).status())
        .isEqualTo(403);

    String admin = TestOidcProvider.BREAK_GLASS_ADMIN;
    assertThat(Http.basic(port, admin, DemoUsers.PASSWORD).get("/engine-rest/task").status()).isEqualTo(200);
    assertThat(Http.basic(port, admin, DemoUsers.PASSWORD).get("/api/cases").status()).isNotEqualTo(401);
    Http browser = Http.anonymous(port);
    assertThat(browser.get("/camunda/app/admin/default/?local-login").status()).isEqualTo(200);
    assertThat(browser.webappLogin("admin", admin, DemoUsers.PASSWORD).status()).isEqualTo(200);
    assertThat(browser.get("/camunda/app/admin/default/").status()).isEqualTo(200);
    assertThat(browser.get("/camunda/api/engine/engine/default/user/count").status()).isEqualTo(200);
  }

  @Test
  void withoutAnyCredentialsTheDoorsAnswer401AndAWebappPageSendsToTheProvider() {
    Http anonymous = Http.anonymous(port);

    assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/outbox").status()).isEqualTo(401);
    assertThat(anonymous.get("/camunda/api/engine/engine/default/task/count").status()).isEqualTo(401);
    Http.Response page = anonymous.get("/camunda/app/tasklist/default/");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/oauth2/authorization/sso"));
    Http.Response toProvider = anonymous.get("/oauth2/authorization/sso");
    assertThat(toProvider.status()).isEqualTo(302);
    assertThat(toProvider.header("Location")).hasValueSatisfying(l -> assertThat(l)
        .startsWith(TestOidcProvider.server().authorizationEndpointUrl(TestOidcProvider.ISSUER_ID).toString())
        .contains("client_id=" + TestOidcProvider.CLIENT_ID));
  }
}
