package org.practiceevaluations.reporting;

import java.util.List;
import java.util.Map;
import org.practiceevaluations.catalogue.Grade;

/**
 * The figures of one scope (the whole service, a service area or a team) for one period. Shares are between 0 and
 * 1, and null when there is nothing to divide by; kappa is null when it is not defined (no pairs, or every grade
 * in one category). How each figure is counted is written in {@link Collation}.
 */
public record Figures(
    int evaluationsCompleted,
    Map<Grade, Integer> grades,
    Double goodOrBetterShare,
    int moderated,
    int moderationAgreed,
    Double moderationAgreement,
    Double kappa,
    int evaluationsDue,
    int overdue,
    Double overdueRate,
    List<SectionResult> sections,
    List<String> strongest,
    List<String> weakest,
    int withFamilyFeedback,
    Double familyFeedbackShare,
    int feedbackFromChildren,
    int feedbackFromParentsCarers,
    int actionsRaised,
    int actionsClosed,
    int actionsOpen,
    int actionsPastDue,
    int concernsOpened,
    int concernsClosed,
    List<StatementResult> statements) {

  /** How many statements the report names as most and least often met. */
  public static final int STATEMENTS_NAMED = 5;

  public Figures {
    statements = statements == null ? List.of() : List.copyOf(statements);
  }

  public int grade(Grade grade) {
    return grades.getOrDefault(grade, 0);
  }

  public SectionResult section(String key) {
    return sections.stream().filter(s -> s.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No section " + key));
  }

  /** The statements of what good looks like most often found met (ties: the fewer offered last, then by key). */
  public List<StatementResult> mostOftenMet() {
    return statements.stream().sorted(java.util.Comparator.comparing(StatementResult::metShare).reversed()
        .thenComparing(java.util.Comparator.comparing(StatementResult::offered).reversed())
        .thenComparing(StatementResult::key)).limit(STATEMENTS_NAMED).toList();
  }

  /** The statements least often found met. */
  public List<StatementResult> leastOftenMet() {
    return statements.stream().sorted(java.util.Comparator.comparing(StatementResult::metShare)
        .thenComparing(java.util.Comparator.comparing(StatementResult::offered).reversed())
        .thenComparing(StatementResult::key)).limit(STATEMENTS_NAMED).toList();
  }

  public List<SectionResult> strongestSections() {
    return strongest.stream().map(this::section).toList();
  }

  public List<SectionResult> weakestSections() {
    return weakest.stream().map(this::section).toList();
  }
}
