package org.practiceevaluations.bench;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark's parameters, from system properties ({@code -Dbench.rounds=5}); the Maven profile passes them on.
 * The defaults are the full run the README describes.
 */
record BenchConfig(int rounds, int warmupRounds, int productPerRound, int barePerRound, int pdfPerRound,
    int finished, int finishedInEngine, int open, int timers, int querySamples, int footprintRounds, int formSamples,
    Set<String> databases, Set<String> figures) {

  static BenchConfig fromSystemProperties() {
    return new BenchConfig(
        integer("bench.rounds", 5),
        integer("bench.warmup-rounds", 1),
        integer("bench.product-per-round", 8),
        integer("bench.bare-per-round", 30),
        integer("bench.pdf-per-round", 20),
        integer("bench.finished", 100_000),
        integer("bench.finished-in-engine", 10_000),
        integer("bench.open", 1_000),
        integer("bench.timers", 10_000),
        integer("bench.query-samples", 30),
        integer("bench.footprint-rounds", 2),
        integer("bench.form-samples", 20),
        set("bench.databases", "h2,postgres"),
        set("bench.figures", "1,2,3,4,5,6,7"));
  }

  boolean figure(int number) {
    return figures.contains(Integer.toString(number));
  }

  boolean on(String database) {
    return databases.contains(database);
  }

  private static int integer(String name, int fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim().replace("_", ""));
  }

  private static Set<String> set(String name, String fallback) {
    String value = System.getProperty(name);
    return Arrays.stream((value == null || value.isBlank() ? fallback : value).split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }
}
