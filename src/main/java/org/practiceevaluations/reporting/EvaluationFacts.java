package org.practiceevaluations.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.evaluation.Grade;
import org.practiceevaluations.evaluation.Judgement;

/**
 * What the reports need to know of one evaluation, read from the evaluation tables ({@link ReportData}); plain data,
 * so the collation is tested without a database. No names, no commentary: nothing here identifies a child.
 *
 * @param sections the final judgement of each section by number (1 to 14): the moderator's for a moderated
 *     evaluation that has them, otherwise the first auditor's
 * @param childFeedback how many responses from the child or young person were gathered
 * @param parentCarerFeedback how many from parents and carers
 */
public record EvaluationFacts(
    String reference,
    EvaluationType type,
    String teamCode,
    Instant dueAt,
    Instant submittedAt,
    Instant finalisedAt,
    boolean cancelled,
    boolean moderated,
    Grade firstGrade,
    Grade moderatedGrade,
    Grade finalGrade,
    Map<Integer, Judgement> sections,
    int childFeedback,
    int parentCarerFeedback,
    List<ActionFacts> actions) {

  public EvaluationFacts {
    sections = sections == null ? Map.of() : Map.copyOf(sections);
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  /** An action of the evaluation: when it is due, and whether it is done. */
  public record ActionFacts(LocalDate dueOn, boolean done) {}

  /** Moderated, with both the first auditor's and the moderator's grade: a pair for agreement and kappa. */
  public boolean hasModerationPair() {
    return moderated && firstGrade != null && moderatedGrade != null;
  }

  /** Submitted after it was due, or not yet submitted when it was already due. */
  public boolean lateAt(Instant asOf) {
    if (dueAt == null) {
      return false;
    }
    return submittedAt == null ? dueAt.isBefore(asOf) : submittedAt.isAfter(dueAt);
  }
}
