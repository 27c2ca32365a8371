package org.practiceevaluations.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and percentiles (nearest rank). */
final class Stats {

  private Stats() {}

  static Double median(List<Double> values) {
    return values.isEmpty() ? null : percentile(values, 50);
  }

  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    if (p == 50 && sorted.size() % 2 == 0) {
      return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
