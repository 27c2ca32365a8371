package org.practiceevaluations.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.catalogue.Judgement;
import org.practiceevaluations.evaluation.EvaluationType;

/**
 * What the reports need to know of one evaluation, read from the evaluation tables ({@link ReportData}); plain data,
 * so the collation is tested without a database. No names, no commentary: nothing here identifies a child.
 *
 * @param sections the final judgement of each judged section by its key in the catalogue: the moderator's for a
 *     moderated evaluation that has them, otherwise the first auditor's. Empty in the facts {@link ReportData} reads:
 *     it counts a period's judgements and statements per team as they stream from the database ({@link
 *     JudgementTally}); the collation counts these (a test's, a small data set's) the same way ({@link
 *     JudgementTally#of})
 * @param statementsOffered the statements ("section/statement") of the sections judged relevant, in the evaluation's
 *     catalogue version
 * @param statementsMet those of them found met (at the same stage as {@code sections})
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
    Map<String, Judgement> sections,
    int childFeedback,
    int parentCarerFeedback,
    List<ActionFacts> actions,
    java.util.Set<String> statementsOffered,
    java.util.Set<String> statementsMet) {

  public EvaluationFacts {
    sections = sections == null ? Map.of() : Map.copyOf(sections);
    statementsOffered = statementsOffered == null ? java.util.Set.of() : java.util.Set.copyOf(statementsOffered);
    statementsMet = statementsMet == null ? java.util.Set.of() : java.util.Set.copyOf(statementsMet);
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  /** Without statements (a report of the tool before the catalogue, or a test). */
  public EvaluationFacts(String reference, EvaluationType type, String teamCode, Instant dueAt, Instant submittedAt,
      Instant finalisedAt, boolean cancelled, boolean moderated, Grade firstGrade, Grade moderatedGrade,
      Grade finalGrade, Map<String, Judgement> sections, int childFeedback, int parentCarerFeedback,
      List<ActionFacts> actions) {
    this(reference, type, teamCode, dueAt, submittedAt, finalisedAt, cancelled, moderated, firstGrade,
        moderatedGrade, finalGrade, sections, childFeedback, parentCarerFeedback, actions, null, null);
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
