package org.practiceevaluations.common;

/** Nothing with that reference exists (or the person may not know it exists). Answered with 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
