package org.practiceevaluations.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One figure of the table: its value (the median of its rounds), unit, database, the rounds themselves, and for a
 * ratio the two figures it comes from. {@code value} is null when the figure is not available ({@code note} says
 * why).
 */
public record Figure(String id, String name, Double value, String unit, String database, List<Double> rounds,
    String numerator, String denominator, String note) {

  static Figure of(String id, String name, List<Double> rounds, String unit, String database) {
    return new Figure(id, name, Stats.median(rounds), unit, database, List.copyOf(rounds), null, null, null);
  }

  static Figure single(String id, String name, double value, String unit, String database, String note) {
    return new Figure(id, name, value, unit, database, List.of(value), null, null, note);
  }

  static Figure ratio(String id, String name, Figure numerator, Figure denominator) {
    Double value = numerator.value() == null || denominator.value() == null || denominator.value() == 0
        ? null : numerator.value() / denominator.value();
    return new Figure(id, name, value, "x", numerator.database(), List.of(), numerator.id(), denominator.id(), null);
  }

  static Figure notAvailable(String id, String name, String unit, String database, String why) {
    return new Figure(id, name, null, unit, database, List.of(), null, null, why);
  }

  Figure withNote(String text) {
    return new Figure(id, name, value, unit, database, rounds, numerator, denominator, text);
  }

  String formatted() {
    return format(value);
  }

  static String format(Double v) {
    if (v == null) {
      return "n/a";
    }
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  String roundsText() {
    if (rounds.size() <= 1) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    rounds.forEach(r -> parts.add(format(r)));
    return rounds.size() + " rounds: " + String.join(" ", parts);
  }
}
