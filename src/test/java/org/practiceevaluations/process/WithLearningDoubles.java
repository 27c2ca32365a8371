package org.practiceevaluations.process;

import org.junit.jupiter.api.BeforeEach;

/** A process test of the learning and reporting maps, with their doubles ({@link LearningProcessDoubles}). */
abstract class WithLearningDoubles extends ProcessTestBase {

  final LearningProcessDoubles doubles = new LearningProcessDoubles();

  @BeforeEach
  void registerDoubles() {
    doubles.register();
  }
}
