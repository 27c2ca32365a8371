package org.practiceevaluations.identity.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Hands the person Spring Security authenticated (an OpenID Connect log-in, or a bearer token) to Camunda: the
 * webapps' container-based authentication and the engine REST API's authentication filter both ask it who is
 * calling. The groups are those the mapping gave at log-in. The break-glass administrator alone may still use a
 * local password (HTTP Basic, or the webapps' log-in form, whose session is kept).
 */
public class SsoAuthenticationProvider implements AuthenticationProvider {

  /** Spring authorities carrying the application's groups: {@code GROUP_auditors}. */
  public static final String GROUP_AUTHORITY = "GROUP_";

  private final SsoSettings settings;

  public SsoAuthenticationProvider(SsoSettings settings) {
    this.settings = settings;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    org.springframework.security.core.Authentication spring = SecurityContextHolder.getContext().getAuthentication();
    if (spring instanceof OAuth2AuthenticationToken || spring instanceof JwtAuthenticationToken) {
      AuthenticationResult result = AuthenticationResult.successful(spring.getName());
      result.setGroups(groups(spring));
      return result;
    }
    String basicUser = breakGlassBasicUser(request, engine);
    if (basicUser != null) {
      return AuthenticationResult.successful(basicUser);
    }
    String sessionUser = breakGlassSessionUser(request, engine.getName());
    if (sessionUser != null) {
      return AuthenticationResult.successful(sessionUser);
    }
    return AuthenticationResult.unsuccessful();
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    response.setHeader("WWW-Authenticate", "Bearer");
  }

  /** The application's groups of a Spring authentication made by this application. */
  public static List<String> groups(org.springframework.security.core.Authentication authentication) {
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(GROUP_AUTHORITY)).map(a -> a.substring(GROUP_AUTHORITY.length())).toList();
  }

  private String breakGlassBasicUser(HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    if (!settings.isBreakGlassAdmin(user)) {
      return null;
    }
    return engine.getIdentityService().checkPassword(user, decoded.substring(colon + 1)) ? user : null;
  }

  /** True when the webapps' session holds the break-glass administrator, logged in with the local form. */
  public boolean hasBreakGlassSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || settings.getBreakGlassAdmin().isBlank()) {
      return false;
    }
    if (session.getAttribute("authenticatedUser") instanceof Authentications authentications) {
      return authentications.getAuthentications().stream().anyMatch(a -> settings.isBreakGlassAdmin(a.getName()));
    }
    return false;
  }

  private String breakGlassSessionUser(HttpServletRequest request, String engineName) {
    HttpSession session = request.getSession(false);
    if (session == null || settings.getBreakGlassAdmin().isBlank()) {
      return null;
    }
    if (session.getAttribute("authenticatedUser") instanceof Authentications authentications) {
      Authentication authentication = authentications.getAuthenticationForProcessEngine(engineName);
      if (authentication != null && settings.isBreakGlassAdmin(authentication.getName())) {
        return authentication.getName();
      }
    }
    return null;
  }
}
