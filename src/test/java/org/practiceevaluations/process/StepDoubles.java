package org.practiceevaluations.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Doubles of a model's service-task steps for the plain-engine process tests: plain delegates registered by name. */
final class StepDoubles {

  private StepDoubles() {}

  /** A step that does what {@code body} says (typed, for {@code Mocks.register}). */
  static JavaDelegate delegate(JavaDelegate body) {
    return body;
  }

  /** A step that adds its bean name to {@code steps}, then does what {@code body} says. */
  static JavaDelegate step(List<String> steps, String name, JavaDelegate body) {
    return execution -> {
      steps.add(name);
      body.execute(execution);
    };
  }
}
