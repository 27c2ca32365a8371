package org.practiceevaluations.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class paths of the JVMs the benchmark starts to time a start (figure 6) and to serve the bare baseline over
 * HTTP: the product's run-time libraries as the jar has them ({@code target/bench/runtime-classpath.txt}, written by
 * the bench profile's {@code dependency:build-classpath}, no test libraries) and the benchmark's own classes copied
 * apart ({@code target/bench/classes}), so that neither JVM scans the tests' classes and resources, which the jar
 * does not hold either.
 */
final class BenchClassPath {

  private static final Path RUNTIME = Path.of("target/bench/runtime-classpath.txt");
  private static final Path BENCH_CLASSES = Path.of("target/bench/classes");
  private static final Path PRODUCT_CLASSES = Path.of("target/classes");

  private BenchClassPath() {}

  /** The product as the jar holds it, and the benchmark's probe. */
  static String product() {
    List<String> entries = new ArrayList<>();
    entries.add(PRODUCT_CLASSES.toAbsolutePath().toString());
    entries.addAll(runtimeLibraries());
    entries.add(benchClasses());
    return String.join(File.pathSeparator, entries);
  }

  /** The product's run-time libraries, less those only the product uses; and the benchmark's classes. */
  static String bare() {
    List<String> entries = new ArrayList<>(runtimeLibraries().stream()
        .filter(entry -> !BareApp.NOT_BARE.matcher(entry).matches()).toList());
    entries.add(benchClasses());
    return String.join(File.pathSeparator, entries);
  }

  static List<String> runtimeLibraries() {
    try {
      if (!Files.exists(RUNTIME)) {
        throw new IllegalStateException(RUNTIME + " is missing: run the benchmark with ./mvnw -Pbench verify");
      }
      return Arrays.stream(Files.readString(RUNTIME).trim().split(File.pathSeparator)).filter(s -> !s.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the benchmark's classes out of the test classes (once per run). */
  static synchronized String benchClasses() {
    Path from = Path.of("target/test-classes/org/practiceevaluations/bench");
    Path to = BENCH_CLASSES.resolve("org/practiceevaluations/bench");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      // the lifecycles name the model's variables through their one declaration (ADR 0027), which the bare JVM,
      // without the product's classes, also needs: the two classes use only the engine's public API
      for (String declaration : List.of("common/Variable.class", "evaluation/PracticeEvaluationProcess.class",
          "evaluation/PracticeEvaluationProcess$Vars.class", "evaluation/PracticeEvaluationProcess$Elements.class",
          "evaluation/PracticeEvaluationProcess$Messages.class")) {
        Path file = PRODUCT_CLASSES.resolve("org/practiceevaluations/" + declaration);
        if (Files.exists(file)) {
          Path target = BENCH_CLASSES.resolve("org/practiceevaluations/" + declaration);
          Files.createDirectories(target.getParent());
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return BENCH_CLASSES.toAbsolutePath().toString();
  }
}
