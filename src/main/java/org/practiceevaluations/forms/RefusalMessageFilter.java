package org.practiceevaluations.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A refused form starts with what the application has to say. The engine REST API puts its own words before the
 * message of a refused form ("Cannot submit task form 3ca4fd8e-...: Please check your answers: ..."; for a start
 * form "Cannot instantiate process definition practice-evaluation:3:...: The evaluation was not started: ..."), and
 * Tasklist shows the message as it comes. This takes that prefix off the 4xx answers to {@code submit-form}, on
 * {@code /engine-rest} and on Tasklist's own {@code /camunda/api/engine}, and leaves every other answer untouched.
 * The engine's own message after the prefix (a value that is not a date, say) is kept as it was.
 */
public class RefusalMessageFilter extends OncePerRequestFilter {

  /** The engine REST API's prefixes: the task or definition id is of no use to the person reading it. */
  static final Pattern ENGINE_PREFIX = Pattern.compile(
      "^(?:Cannot submit task form|Cannot instantiate process definition) [^ ]+?: (.+)$", Pattern.DOTALL);
  private final ObjectMapper json;

  public RefusalMessageFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/submit-form");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, wrapper);
      int status = wrapper.getStatus();
      if (status >= 400 && status < 500 && isJson(wrapper.getContentType())) {
        byte[] fixed = withoutEnginePrefix(wrapper.getContentAsByteArray());
        if (fixed != null) {
          wrapper.resetBuffer();
          wrapper.getOutputStream().write(fixed);
        }
      }
    } finally {
      wrapper.copyBodyToResponse();
    }
  }

  private static boolean isJson(String contentType) {
    return contentType != null && contentType.toLowerCase().contains("json");
  }

  /** The answer with the message's engine prefix taken off; null when there is nothing to take off. */
  byte[] withoutEnginePrefix(byte[] body) {
    JsonNode answer;
    try {
      answer = json.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
    if (answer == null || !answer.isObject() || !answer.path("message").isTextual()) {
      return null;
    }
    Matcher prefixed = ENGINE_PREFIX.matcher(answer.get("message").asText());
    if (!prefixed.matches()) {
      return null;
    }
    ((ObjectNode) answer).put("message", prefixed.group(1));
    return answer.toString().getBytes(StandardCharsets.UTF_8);
  }
}
