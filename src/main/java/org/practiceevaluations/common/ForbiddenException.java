package org.practiceevaluations.common;

/** The person is logged in but their groups do not allow this. Answered with 403. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
