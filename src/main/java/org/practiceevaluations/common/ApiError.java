package org.practiceevaluations.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of every error the application's own REST API answers with. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String error, String message, List<LineError> errors) {

  public static ApiError of(int status, String error, String message) {
    return new ApiError(status, error, message, List.of());
  }
}
