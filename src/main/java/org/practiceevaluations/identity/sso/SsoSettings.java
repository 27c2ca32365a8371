package org.practiceevaluations.identity.sso;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with the council's OpenID Connect provider ({@code practice-evaluations.sso.*}, README "Single
 * sign-on"). Off by default: the local evaluation mode logs in with the engine's own passwords.
 */
@ConfigurationProperties("practice-evaluations.sso")
public class SsoSettings {

  /** The registration id in Spring Security: the log-in starts at {@code /oauth2/authorization/sso}. */
  public static final String REGISTRATION_ID = "sso";

  private boolean enabled;
  /** The provider's issuer, e.g. {@code https://login.microsoftonline.com/<tenant id>/v2.0}. */
  private String issuerUri = "";
  private String clientId = "";
  private String clientSecret = "";
  private List<String> scopes = new ArrayList<>(List.of("openid", "profile", "email"));
  /** The claim whose value is the person's user id in the application (tasks, directory, ledger). */
  private String userIdClaim = "preferred_username";
  /** {@code jane.smith@lowfield.gov.uk} becomes {@code jane.smith}: user ids carry no domain. */
  private boolean userIdWithoutDomain = true;
  /** The claim listing the person's groups (Entra ID: {@code groups}, or {@code roles} for app roles). */
  private String groupsClaim = "groups";
  /** The council's group (or app role) → the application's groups ({@code auditors}, {@code team-managers}, ...). */
  private Map<String, List<String>> groupMapping = new LinkedHashMap<>();
  /** Audiences a bearer token must carry; empty means the client id. */
  private List<String> audiences = new ArrayList<>();
  /** The one account that may still log in with a local password when the provider cannot be reached. */
  private String breakGlassAdmin = "";
  /** Where the provider sends people after a log-out there; empty means the application's Tasklist. */
  private String postLogoutRedirectUri = "";

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getIssuerUri() {
    return issuerUri;
  }

  public void setIssuerUri(String issuerUri) {
    this.issuerUri = issuerUri;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  public String getUserIdClaim() {
    return userIdClaim;
  }

  public void setUserIdClaim(String userIdClaim) {
    this.userIdClaim = userIdClaim;
  }

  public boolean isUserIdWithoutDomain() {
    return userIdWithoutDomain;
  }

  public void setUserIdWithoutDomain(boolean userIdWithoutDomain) {
    this.userIdWithoutDomain = userIdWithoutDomain;
  }

  public String getGroupsClaim() {
    return groupsClaim;
  }

  public void setGroupsClaim(String groupsClaim) {
    this.groupsClaim = groupsClaim;
  }

  public Map<String, List<String>> getGroupMapping() {
    return groupMapping;
  }

  public void setGroupMapping(Map<String, List<String>> groupMapping) {
    this.groupMapping = groupMapping;
  }

  public List<String> getAudiences() {
    return audiences;
  }

  public void setAudiences(List<String> audiences) {
    this.audiences = audiences;
  }

  public String getBreakGlassAdmin() {
    return breakGlassAdmin;
  }

  public void setBreakGlassAdmin(String breakGlassAdmin) {
    this.breakGlassAdmin = breakGlassAdmin;
  }

  public String getPostLogoutRedirectUri() {
    return postLogoutRedirectUri;
  }

  public void setPostLogoutRedirectUri(String postLogoutRedirectUri) {
    this.postLogoutRedirectUri = postLogoutRedirectUri;
  }

  /** True when {@code userId} is the break-glass administrator (who alone keeps a local password). */
  public boolean isBreakGlassAdmin(String userId) {
    return userId != null && breakGlassAdmin != null && !breakGlassAdmin.isBlank()
        && breakGlassAdmin.trim().equals(userId);
  }
}
