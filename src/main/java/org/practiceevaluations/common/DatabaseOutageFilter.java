package org.practiceevaluations.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the log-in filters of {@code /engine-rest} and {@code /api}, which check passwords in the database
 * before any controller runs: when that fails because the database cannot be reached, the caller gets the same
 * plain 503 as from everywhere else, instead of the server's generic error page.
 */
public class DatabaseOutageFilter extends OncePerRequestFilter {

  private final ObjectMapper json;

  public DatabaseOutageFilter(ObjectMapper json) {
    this.json = json;
  }

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
      response.setHeader("Retry-After", "60");
      Problems.write(response, json, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailableException.MESSAGE);
    }
  }
}
