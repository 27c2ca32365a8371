package org.practiceevaluations.reporting;

import java.util.List;
import java.util.Map;
import org.practiceevaluations.evaluation.Grade;

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
    List<Integer> strongest,
    List<Integer> weakest,
    int withFamilyFeedback,
    Double familyFeedbackShare,
    int feedbackFromChildren,
    int feedbackFromParentsCarers,
    int actionsRaised,
    int actionsClosed,
    int actionsOpen,
    int actionsPastDue,
    int concernsOpened,
    int concernsClosed) {

  public int grade(Grade grade) {
    return grades.getOrDefault(grade, 0);
  }

  public SectionResult section(int number) {
    return sections.stream().filter(s -> s.number() == number).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No section " + number));
  }

  public List<SectionResult> strongestSections() {
    return strongest.stream().map(this::section).toList();
  }

  public List<SectionResult> weakestSections() {
    return weakest.stream().map(this::section).toList();
  }
}
