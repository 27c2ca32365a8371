package org.practiceevaluations.common;

/** The request itself is wrong (a missing field, an unknown value). Answered with 400 and the message. */
public class BadRequestException extends RuntimeException {
  public BadRequestException(String message) {
    super(message);
  }
}
