package org.practiceevaluations.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the log-in filters of {@code /engine-rest} and {@code /api}, which check passwords in the database
 * before any controller runs: when that fails because the database cannot be reached, the caller gets the same
 * plain 503 as from everywhere else, instead of the server's generic error page.
 */
public class DatabaseOutageFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!DatabaseUnavailableException.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      response.reset();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "60");
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      // Both the engine REST API's error shape (type, message) and the application API's (status, error, message).
      response.getWriter().write("{\"type\":\"" + DatabaseUnavailableException.class.getSimpleName()
          + "\",\"status\":503,\"error\":\"Service Unavailable\",\"message\":\"" + DatabaseUnavailableException.MESSAGE
          + "\"}");
    }
  }
}
