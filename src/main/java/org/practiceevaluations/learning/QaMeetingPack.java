package org.practiceevaluations.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a service area's monthly QA meeting reviews (guide: "Actions arising from practice evaluations"): every
 * evaluation of the month, and every open action from evaluations graded requires improvement or inadequate, with
 * the team's progress and its "case audit" case notes. Holds child references (no names) and what people typed.
 *
 * @param caseNotesHere false when the council's case record cannot be read back here (see the council's system)
 */
public record QaMeetingPack(String reference, String areaCode, String areaName, YearMonth month, Instant preparedAt,
    List<EvaluationLine> evaluations, List<ActionLine> actions, boolean caseNotesHere) {

  /** An evaluation completed in the month. */
  public record EvaluationLine(String reference, String childReference, String teamName, String type,
      String finalGrade, LocalDate finalisedOn, boolean moderated, boolean discrepancy, int actionsRaised,
      int actionsOpen, String socialWorker) {}

  /** An open action of an evaluation graded requires improvement or inadequate. */
  public record ActionLine(long actionId, String evaluationReference, String childReference, String teamName,
      String finalGrade, int number, String description, String ownerName, String ownerUserId, LocalDate dueOn,
      boolean pastDue, String progressNote, LocalDate progressOn, List<Note> caseNotes,
      List<String> earlierFurtherDeadlines) {

    /** "PE-2026-0042 action 2": how the meeting's form names it. */
    public String key() {
      return key(evaluationReference, number);
    }

    public static String key(String evaluationReference, int number) {
      return evaluationReference + " action " + number;
    }
  }

  /** A "case audit" case note on the progress of the actions. */
  public record Note(LocalDate on, String author, String subject, String text) {}

  public String title() {
    return areaName + ", " + ReportMonth.label(month);
  }

  /** Month labels. */
  static final class ReportMonth {
    private ReportMonth() {}

    static String label(YearMonth month) {
      return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
          + month.getYear();
    }
  }
}
