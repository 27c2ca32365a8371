package org.practiceevaluations.evaluation;

import java.util.List;
import org.practiceevaluations.common.ApplicationOwnedVariables;
import org.springframework.stereotype.Component;

/**
 * The practice evaluation's process variables and the recording steps' (called from it): the application writes
 * them, people never do.
 */
@Component
public class EvaluationVariables implements ApplicationOwnedVariables {

  @Override
  public List<Class<?>> homes() {
    return List.of(PracticeEvaluationProcess.Vars.class, RecordingVariables.class);
  }
}
