package org.practiceevaluations.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Every error the application answers with is an RFC 9457 problem ({@link ProblemDetail}, {@code
 * application/problem+json}): {@code status}, {@code title} (the status in words), {@code detail} (what went wrong,
 * in words for the person who reads it). The same words are also under {@code message}, the name the engine REST
 * API and Tasklist's plugins read, so a script or a screen reads one field whichever API it called. Line errors of a
 * refused import are under {@code errors}. Written with Spring's {@link ObjectMapper}, which unwraps the properties.
 * Messages name the problem, never the personal data in the request (docs/adr/0026).
 */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
    problem.setProperty("message", message);
    return problem;
  }

  public static ProblemDetail of(HttpStatusCode status, String message, List<LineError> errors) {
    ProblemDetail problem = of(status, message);
    if (errors != null && !errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  public static ResponseEntity<ProblemDetail> answer(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(of(status, message));
  }

  /** For filters, which answer before any controller: the same body a controller would give. */
  public static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String message)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getWriter(), of(status, message));
  }
}
