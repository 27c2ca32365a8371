package org.practiceevaluations.reporting;

import java.util.function.Function;
import org.practiceevaluations.catalogue.Grade;

/** The figures compared with the previous period, in the order the report shows them. */
public enum Measure {
  EVALUATIONS_COMPLETED("evaluations-completed", "Evaluations completed", Format.COUNT, Polarity.NEUTRAL,
      f -> (double) f.evaluationsCompleted()),
  OUTSTANDING("outstanding", "Graded outstanding", Format.COUNT, Polarity.NEUTRAL,
      f -> (double) f.grade(Grade.OUTSTANDING)),
  GOOD("good", "Graded good", Format.COUNT, Polarity.NEUTRAL, f -> (double) f.grade(Grade.GOOD)),
  REQUIRES_IMPROVEMENT("requires-improvement", "Graded requires improvement", Format.COUNT, Polarity.NEUTRAL,
      f -> (double) f.grade(Grade.REQUIRES_IMPROVEMENT)),
  INADEQUATE("inadequate", "Graded inadequate", Format.COUNT, Polarity.NEUTRAL,
      f -> (double) f.grade(Grade.INADEQUATE)),
  GOOD_OR_BETTER("good-or-better", "Good or better", Format.PERCENT, Polarity.HIGHER_IS_BETTER,
      Figures::goodOrBetterShare),
  MODERATED("moderated", "Moderated evaluations", Format.COUNT, Polarity.NEUTRAL, f -> (double) f.moderated()),
  MODERATION_AGREEMENT("moderation-agreement", "Moderator agreed with the first auditor's grade", Format.PERCENT,
      Polarity.HIGHER_IS_BETTER, Figures::moderationAgreement),
  KAPPA("kappa", "Agreement beyond chance (Cohen's kappa)", Format.DECIMAL, Polarity.HIGHER_IS_BETTER,
      Figures::kappa),
  EVALUATIONS_DUE("evaluations-due", "Evaluations due", Format.COUNT, Polarity.NEUTRAL,
      f -> (double) f.evaluationsDue()),
  OVERDUE("overdue", "Submitted late or not yet submitted", Format.COUNT, Polarity.NEUTRAL,
      f -> (double) f.overdue()),
  OVERDUE_RATE("overdue-rate", "Overdue rate", Format.PERCENT, Polarity.LOWER_IS_BETTER, Figures::overdueRate),
  WITH_FAMILY_FEEDBACK("with-family-feedback", "Evaluations with feedback from the family", Format.COUNT,
      Polarity.NEUTRAL, f -> (double) f.withFamilyFeedback()),
  FAMILY_FEEDBACK_SHARE("family-feedback-share", "Family feedback received", Format.PERCENT,
      Polarity.HIGHER_IS_BETTER, Figures::familyFeedbackShare),
  FEEDBACK_FROM_CHILDREN("feedback-from-children", "Responses from children and young people", Format.COUNT,
      Polarity.NEUTRAL, f -> (double) f.feedbackFromChildren()),
  FEEDBACK_FROM_PARENTS_CARERS("feedback-from-parents-carers", "Responses from parents and carers", Format.COUNT,
      Polarity.NEUTRAL, f -> (double) f.feedbackFromParentsCarers()),
  ACTIONS_RAISED("actions-raised", "Actions raised", Format.COUNT, Polarity.NEUTRAL, f -> (double) f.actionsRaised()),
  ACTIONS_CLOSED("actions-closed", "Actions closed", Format.COUNT, Polarity.NEUTRAL, f -> (double) f.actionsClosed()),
  ACTIONS_OPEN("actions-open", "Actions still open", Format.COUNT, Polarity.NEUTRAL, f -> (double) f.actionsOpen()),
  ACTIONS_PAST_DUE("actions-past-due", "Open actions past their deadline", Format.COUNT, Polarity.LOWER_IS_BETTER,
      f -> (double) f.actionsPastDue()),
  CONCERNS_OPENED("concerns-opened", "Cases of concern opened", Format.COUNT, Polarity.NEUTRAL,
      f -> (double) f.concernsOpened()),
  CONCERNS_CLOSED("concerns-closed", "Cases of concern closed", Format.COUNT, Polarity.NEUTRAL,
      f -> (double) f.concernsClosed());

  /** How a value is shown. */
  public enum Format { COUNT, PERCENT, DECIMAL }

  /** Which way is an improvement. */
  public enum Polarity { HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL }

  private final String key;
  private final String label;
  private final Format format;
  private final Polarity polarity;
  private final Function<Figures, Double> value;

  Measure(String key, String label, Format format, Polarity polarity, Function<Figures, Double> value) {
    this.key = key;
    this.label = label;
    this.format = format;
    this.polarity = polarity;
    this.value = value;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public Format format() {
    return format;
  }

  public Polarity polarity() {
    return polarity;
  }

  public Double of(Figures figures) {
    return figures == null ? null : value.apply(figures);
  }
}
