package org.practiceevaluations.concern;

import java.util.List;
import org.practiceevaluations.common.ApplicationOwnedVariables;
import org.springframework.stereotype.Component;

/** The case of concern's process variables: the application writes them, people never do. */
@Component
public class ConcernVariables implements ApplicationOwnedVariables {

  @Override
  public List<Class<?>> homes() {
    return List.of(CaseOfConcernProcess.Vars.class);
  }
}
