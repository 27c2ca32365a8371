package org.practiceevaluations.reporting;

/**
 * One figure this period against the previous one.
 *
 * @param key stable name (for the workbook and tests): {@code good-or-better}, {@code section-9}, ...
 * @param label what people read: "Good or better"
 * @param trend up, down or the same; {@link Trend#NO_COMPARISON} when either value is not defined
 * @param verdict whether the change is an improvement, for figures where up or down has a meaning
 */
public record Comparison(String key, String label, Measure.Format format, Double current, Double previous,
    Trend trend, Verdict verdict) {

  public enum Trend { UP, DOWN, SAME, NO_COMPARISON }

  public enum Verdict { BETTER, WORSE, NEITHER }

  /** Values closer than this are the same (only kappa is not a ratio of whole numbers). */
  static final double SAME = 1e-9;

  static Comparison of(String key, String label, Measure.Format format, Measure.Polarity polarity, Double current,
      Double previous) {
    Trend trend;
    if (current == null || previous == null) {
      trend = Trend.NO_COMPARISON;
    } else if (Math.abs(current - previous) < SAME) {
      trend = Trend.SAME;
    } else {
      trend = current > previous ? Trend.UP : Trend.DOWN;
    }
    Verdict verdict = Verdict.NEITHER;
    if ((trend == Trend.UP || trend == Trend.DOWN) && polarity != Measure.Polarity.NEUTRAL) {
      boolean up = trend == Trend.UP;
      verdict = up == (polarity == Measure.Polarity.HIGHER_IS_BETTER) ? Verdict.BETTER : Verdict.WORSE;
    }
    return new Comparison(key, label, format, current, previous, trend, verdict);
  }
}
