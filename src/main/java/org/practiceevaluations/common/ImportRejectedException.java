package org.practiceevaluations.common;

import java.util.List;

/** A file was refused as a whole: nothing from it was stored. Carries every bad line, not just the first. */
public class ImportRejectedException extends RuntimeException {

  private final List<LineError> errors;

  public ImportRejectedException(List<LineError> errors) {
    super("The file was not imported: " + errors.size() + " line(s) have problems. Nothing was changed.");
    this.errors = List.copyOf(errors);
  }

  public List<LineError> errors() {
    return errors;
  }
}
