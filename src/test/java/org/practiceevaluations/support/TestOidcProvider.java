package org.practiceevaluations.support;

import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider in the test JVM (no.nav.security:mock-oauth2-server): discovery, signing keys,
 * signed ID and access tokens, and a log-in page where a tester types a user name and the claims the council's
 * provider would send (interactive log-in). Started once per JVM on a free port; {@link Initializer} points the
 * application's single sign-on at it, with a group mapping shaped like Microsoft Entra ID's (group object ids).
 */
public final class TestOidcProvider {

  public static final String ISSUER_ID = "lowfield";
  public static final String CLIENT_ID = "practice-evaluations";
  public static final String CLIENT_SECRET = "test-client-secret";
  public static final String BREAK_GLASS_ADMIN = "admin";

  /** The council's security groups (Entra ID object ids) and the application's groups they map to. */
  public static final String TEAM_MANAGERS_GROUP = "5f0c2a7e-1b3d-4c8e-9a21-7d6b0e4f1a01";
  public static final String AUDITORS_GROUP = "5f0c2a7e-1b3d-4c8e-9a21-7d6b0e4f1a02";
  public static final String AUDIT_TEAM_GROUP = "5f0c2a7e-1b3d-4c8e-9a21-7d6b0e4f1a03";
  public static final String SOCIAL_WORKERS_GROUP = "5f0c2a7e-1b3d-4c8e-9a21-7d6b0e4f1a04";
  /** A group of the council that means nothing to the application. */
  public static final String FINANCE_GROUP = "9a9a9a9a-0000-4000-8000-000000000001";

  private static MockOAuth2Server server;

  private TestOidcProvider() {}

  public static synchronized MockOAuth2Server server() {
    if (server == null) {
      server = new MockOAuth2Server(new OAuth2Config(true));
      server.start();
    }
    return server;
  }

  public static String issuer() {
    return server().issuerUrl(ISSUER_ID).toString();
  }

  /** An access token for the application, as the provider issues it: the person's claims, for {@code lifetime}. */
  public static String accessToken(String userId, List<String> groups, Duration lifetime) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("preferred_username", userId + "@lowfield.gov.uk");
    claims.put("groups", groups);
    claims.put("name", "Test Person");
    SignedJWT token = server().issueToken(ISSUER_ID, CLIENT_ID, new DefaultOAuth2TokenCallback(ISSUER_ID, userId,
        "JWT", List.of(CLIENT_ID), claims, lifetime.toSeconds()));
    return token.serialize();
  }

  public static String accessToken(String userId, List<String> groups) {
    return accessToken(userId, groups, Duration.ofHours(1));
  }

  /** Sets {@code practice-evaluations.sso.*} to the test provider. */
  public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of(
          "practice-evaluations.sso.enabled=true",
          "practice-evaluations.sso.issuer-uri=" + issuer(),
          "practice-evaluations.sso.client-id=" + CLIENT_ID,
          "practice-evaluations.sso.client-secret=" + CLIENT_SECRET,
          "practice-evaluations.sso.user-id-claim=preferred_username",
          "practice-evaluations.sso.break-glass-admin=" + BREAK_GLASS_ADMIN,
          "practice-evaluations.sso.group-mapping." + TEAM_MANAGERS_GROUP + "=team-managers,auditors",
          "practice-evaluations.sso.group-mapping." + AUDITORS_GROUP + "=auditors",
          "practice-evaluations.sso.group-mapping." + AUDIT_TEAM_GROUP + "=audit-team,auditors",
          "practice-evaluations.sso.group-mapping." + SOCIAL_WORKERS_GROUP + "=social-workers")
          .applyTo(context);
    }
  }
}
