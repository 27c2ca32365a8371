package org.practiceevaluations.forms;

/**
 * The application refuses what a person sent (a form's answers, a start's values), saying why in words they can
 * act on; nothing is changed. The engine adapter turns it into the engine's {@code FormFieldValidationException} at
 * the engine's boundary ({@code org.practiceevaluations.engine.forms.AnswersRejectedPlugin}), so Tasklist and the
 * REST APIs answer with this message and status 400 as they always did, and the capabilities never name an engine
 * internal (docs/adr/0028).
 */
public class AnswersRejected extends RuntimeException {

  private final String field;

  /**
   * @param field what was refused (a form field, or a word for the whole submission such as {@code answers})
   * @param message why, for the person who sent it
   */
  public AnswersRejected(String field, String message) {
    super(message);
    this.field = field;
  }

  /** What was refused (the engine's form field id). */
  public String field() {
    return field;
  }
}
