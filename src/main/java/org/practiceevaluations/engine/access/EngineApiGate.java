package org.practiceevaluations.engine.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.practiceevaluations.access.EngineApiRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's door: every call to the engine REST API, through {@code /engine-rest} or the web applications'
 * {@code /camunda/api/engine}, is let through only when {@link EngineApiRules} has it for one of the caller's
 * groups. A refused call never reaches the engine, so it changes nothing: no job retry is counted, no due date
 * moves, no variable is written. The caller is who the authentication before this filter says (HTTP Basic on
 * {@code /engine-rest}, the log-in session in the web applications).
 */
public class EngineApiGate extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiGate.class);
  static final String SESSION_AUTHENTICATIONS = "authenticatedUser";

  private final ObjectProvider<IdentityService> identityService;
  private final ObjectMapper json;

  public EngineApiGate(ObjectProvider<IdentityService> identityService, ObjectMapper json) {
    this.identityService = identityService;
    this.json = json;
  }

  /** Where a request goes in the engine API: the engine's name (null: the default) and the path within it. */
  record Target(String engine, String path) {

    /**
     * {@code pathInfo} below the API's root: {@code /task/1}, {@code /engine/default/task/1}, or {@code /engine}
     * (the list of engines, which needs no engine).
     */
    static Target of(String pathInfo) {
      String path = pathInfo == null || pathInfo.isEmpty() ? "/" : pathInfo;
      if (path.equals("/engine") || path.equals("/engine/")) {
        return new Target(null, null);
      }
      if (path.startsWith("/engine/")) {
        int slash = path.indexOf('/', "/engine/".length());
        String engine = slash < 0 ? path.substring("/engine/".length()) : path.substring("/engine/".length(), slash);
        return new Target(engine, slash < 0 ? "/" : path.substring(slash));
      }
      return new Target(null, path);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Target target = Target.of(request.getPathInfo());
    if (target.path() == null) {
      chain.doFilter(request, response);
      return;
    }
    Caller caller = caller(request, target);
    if (caller == null) {
      refuse(response, 401, "Log in first.");
      return;
    }
    EngineApiRules.Decision decision = EngineApiRules.decide(request.getMethod(), target.path(),
        request.getParameterMap(), caller.userId(), caller.groups());
    if (!decision.allowed()) {
      LOG.info("Refused {} {} for user {}: {}", request.getMethod(), target.path(), caller.userId(),
          decision.row().map(EngineApiRules.Row::what).orElse("not in the table"));
      refuse(response, 403, decision.refusal());
      return;
    }
    chain.doFilter(request, response);
  }

  record Caller(String userId, List<String> groups) {}

  /**
   * On {@code /engine-rest} the authentication filter before this one has set the caller on the engine; in the web
   * applications the log-in session holds them, per engine.
   */
  private Caller caller(HttpServletRequest request, Target target) {
    if (request.getServletPath().startsWith("/camunda")) {
      HttpSession session = request.getSession(false);
      Object attribute = session == null ? null : session.getAttribute(SESSION_AUTHENTICATIONS);
      if (attribute instanceof Authentications authentications) {
        String engine = target.engine() == null ? "default" : target.engine();
        if (authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user) {
          return new Caller(user.getName(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
        }
      }
      return null;
    }
    Authentication authentication = identityService.getObject().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return null;
    }
    return new Caller(authentication.getUserId(),
        authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
  }

  /** The engine REST API's own error shape, so Tasklist and Cockpit show the message. */
  private void refuse(HttpServletResponse response, int status, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", status == 401 ? "AuthenticationException" : "AuthorizationException");
    body.put("message", message);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getWriter(), body);
  }
}
