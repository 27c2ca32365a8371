package org.practiceevaluations.reporting;

import java.util.List;

/** One scope's figures this period and the previous one, and every figure compared. */
public record ScopeFigures(Scope scope, Figures current, Figures previous, List<Comparison> comparisons) {

  public Comparison comparison(String key) {
    return comparisons.stream().filter(c -> c.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No figure " + key));
  }

  public Comparison comparison(Measure measure) {
    return comparison(measure.key());
  }
}
