package org.practiceevaluations.learning;

import java.util.List;
import org.practiceevaluations.common.ApplicationOwnedVariables;
import org.springframework.stereotype.Component;

/**
 * The QA meeting's, the team review's and the learning needs summary's process variables: the application writes
 * them, people never do.
 */
@Component
public class LearningVariables implements ApplicationOwnedVariables {

  @Override
  public List<Class<?>> homes() {
    return List.of(QaMeetingProcess.Vars.class, TeamReviewProcess.Vars.class,
        LearningNeedsProcess.Vars.class);
  }
}
