package org.practiceevaluations.process;

import org.junit.jupiter.api.BeforeEach;

/**
 * A process test of the evaluation's maps and those around them (moderation, grade dispute, concerns, cycles): the
 * evaluation's real steps over its tables, and doubles for the rest ({@link EvaluationProcessDoubles}), registered
 * before each test.
 */
abstract class WithEvaluationDoubles extends ProcessTestBase {

  final EvaluationProcessDoubles doubles = new EvaluationProcessDoubles();

  @BeforeEach
  void registerDoubles() {
    doubles.register(engine);
  }
}
