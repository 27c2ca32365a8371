package org.practiceevaluations.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.practiceevaluations.common.Problems;
import org.springframework.http.HttpStatus;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.practiceevaluations.identity.sso.SsoAuthenticationProvider;
import org.practiceevaluations.identity.sso.SsoSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every call to the application's own REST API ({@code /api/*}) against the engine's identity
 * service, in one of two ways:
 * <ul>
 *   <li>HTTP Basic (scripts, the audit team's CSV uploads, integrations);</li>
 *   <li>the Tasklist/Cockpit log-in session (the Cockpit plugin), where a request that changes anything must
 *       carry the session's CSRF token in {@code X-XSRF-TOKEN}, exactly as Camunda's own web APIs demand.</li>
 * </ul>
 * With single sign-on, a bearer token from the provider takes the place of HTTP Basic (ADR 0016).
 * Without any it answers 401 (a browser opening a page is sent to log in instead), never with a Basic challenge.
 * A request that changes something needs the XSRF header or a JSON body, with HTTP Basic too. The user and groups
 * are set on the engine for the request, so controllers
 * (through {@link CurrentUser}) and engine calls see who is asking.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String SESSION_AUTHENTICATIONS = "authenticatedUser";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final ObjectProvider<IdentityService> identityServiceProvider;
  private final String engineName;

  /** Single sign-on's settings, or null without it. */
  private final SsoSettings sso;

  private final ObjectMapper json;

  /**
   * The identity service is looked up on first use: the filter is built before the engine starts. With single
   * sign-on ({@code sso} not null): a bearer token validated by Spring Security names the person and
   * their groups, and HTTP Basic is refused for everyone but the break-glass administrator.
   */
  public ApiAuthenticationFilter(ObjectProvider<IdentityService> identityService, String engineName, SsoSettings sso,
      ObjectMapper json) {
    this.json = json;
    this.identityServiceProvider = identityService;
    this.engineName = engineName;
    this.sso = sso;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    IdentityService identityService = identityServiceProvider.getObject();
    String authorization = request.getHeader("Authorization");
    String userId;
    List<String> groups;
    org.springframework.security.core.Authentication bearer = sso == null ? null
        : SecurityContextHolder.getContext().getAuthentication();
    if (bearer instanceof JwtAuthenticationToken) {
      userId = bearer.getName();
      groups = SsoAuthenticationProvider.groups(bearer);
    } else if (sso != null && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
        && !sso.isBreakGlassAdmin(basicUserName(authorization.substring(6).trim()))) {
      unauthorized(response, "Local passwords are off: send a bearer token from the council's single sign-on.");
      return;
    } else if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      userId = basicUser(identityService, authorization.substring(6).trim());
      if (userId == null) {
        unauthorized(response, "The user name or password is wrong.");
        return;
      }
      groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
      if (!SAFE_METHODS.contains(request.getMethod()) && !scriptedRequest(request)) {
        Problems.write(response, json, HttpStatus.FORBIDDEN, "A request that changes something needs the header X-XSRF-TOKEN "
            + "(any value with HTTP Basic) or a JSON body.");
        return;
      }
    } else {
      UserAuthentication session = sessionUser(request);
      if (session == null) {
        if (BrowserNavigation.is(request)) {
          BrowserNavigation.sendToLogIn(request, response);
          return;
        }
        unauthorized(response, sso != null
            ? "Log in first (Tasklist or Cockpit), or send a bearer token from the council's single sign-on."
            : "Log in first (Tasklist or Cockpit), or send HTTP Basic credentials.");
        return;
      }
      if (!SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request)) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        Problems.write(response, json, HttpStatus.FORBIDDEN, "The request lacks a valid X-XSRF-TOKEN header.");
        return;
      }
      userId = session.getName();
      groups = session.getGroupIds() == null ? List.of() : session.getGroupIds();
    }
    identityService.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The user name of HTTP Basic credentials, or null when they cannot be read. */
  private static String basicUserName(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String basicUser(IdentityService identityService, String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    return identityService.checkPassword(user, password) ? user : null;
  }

  private UserAuthentication sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Object attribute = session.getAttribute(SESSION_AUTHENTICATIONS);
    if (attribute instanceof Authentications authentications) {
      if (authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user) {
        return user;
      }
    }
    return null;
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Never a Basic challenge: a browser would answer it with its own password dialog, and then send the password
   * with every later request, forged ones included. Scripts send HTTP Basic without being asked. With single
   * sign-on the challenge is {@code Bearer}, which no browser answers by itself.
   */
  private void unauthorized(HttpServletResponse response, String message) throws IOException {
    if (sso != null) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    Problems.write(response, json, HttpStatus.UNAUTHORIZED, message);
  }

  /**
   * A request with HTTP Basic that changes something must show it was not forged by another site's page: a custom
   * header ({@code X-XSRF-TOKEN}) or a JSON body, neither of which a browser sends across sites without asking this
   * server first (which it does not allow).
   */
  static boolean scriptedRequest(HttpServletRequest request) {
    String header = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    String contentType = request.getContentType();
    return (header != null && !header.isBlank())
        || (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json"));
  }
}
