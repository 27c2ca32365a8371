package org.practiceevaluations.common;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns failures of the application's REST API into clear answers ({@link Problems}: RFC 9457 problem details). Messages name the problem, never the
 * personal data in the request (they are also what gets logged).
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ImportRejectedException.class)
  ResponseEntity<ProblemDetail> importRejected(ImportRejectedException e) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(HttpStatus.BAD_REQUEST, e.getMessage(), e.errors()));
  }

  @ExceptionHandler(BadRequestException.class)
  ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
    return status(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
    return status(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
    String message = e.getBindingResult().getFieldErrors().stream()
        .map(f -> f.getField() + ": " + f.getDefaultMessage())
        .sorted()
        .reduce((a, b) -> a + "; " + b)
        .orElse("The request is not valid.");
    return status(HttpStatus.BAD_REQUEST, message);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return status(HttpStatus.BAD_REQUEST, "The request body could not be read: it is missing or not valid JSON.");
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<ProblemDetail> badParameter(Exception e) {
    return status(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return status(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Content type " + e.getContentType() + " is not accepted here; use " + e.getSupportedMediaTypes() + ".");
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
    return status(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    return status(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
  ResponseEntity<ProblemDetail> engineForbidden(org.camunda.bpm.engine.AuthorizationException e) {
    return status(HttpStatus.FORBIDDEN, "You are not allowed to do this.");
  }

  @ExceptionHandler(org.camunda.bpm.engine.OptimisticLockingException.class)
  ResponseEntity<ProblemDetail> conflict(org.camunda.bpm.engine.OptimisticLockingException e) {
    return status(HttpStatus.CONFLICT, "Someone else changed this at the same time. Reload and try again.");
  }

  @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> conflict(org.springframework.dao.OptimisticLockingFailureException e) {
    return status(HttpStatus.CONFLICT, "Someone else changed this at the same time. Reload and try again.");
  }

  @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
      DatabaseUnavailableException.class})
  ResponseEntity<ProblemDetail> databaseDown(RuntimeException e) {
    LOG.warn("Database unavailable: {}", e.getClass().getSimpleName());
    return status(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailableException.MESSAGE);
  }

  /** Anything unexpected: a plain 500 problem; the cause goes to the log, not to the caller. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (DatabaseUnavailableException.causedBy(e)) {
      return databaseDown(new DatabaseUnavailableException(e));
    }
    if (e instanceof org.springframework.web.ErrorResponse known) {
      HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
      String detail = known.getBody().getDetail();
      return status(status, detail == null ? status.getReasonPhrase() : detail);
    }
    String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
    LOG.error("Unexpected error {} in the REST API", incident, e);
    return status(HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side (reference " + incident + "). Please try again, and tell the audit "
            + "team if it happens again.");
  }

  private static ResponseEntity<ProblemDetail> status(HttpStatus status, String message) {
    return Problems.answer(status, message);
  }
}
