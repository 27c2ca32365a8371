package org.practiceevaluations.cycle;

import java.util.List;
import org.practiceevaluations.common.ApplicationOwnedVariables;
import org.springframework.stereotype.Component;

/** The audit cycle's process variables: the application writes them, people never do. */
@Component
public class CycleVariables implements ApplicationOwnedVariables {

  @Override
  public List<Class<?>> homes() {
    return List.of(CycleProcess.Vars.class);
  }
}
