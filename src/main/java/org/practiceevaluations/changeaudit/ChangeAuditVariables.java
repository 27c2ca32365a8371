package org.practiceevaluations.changeaudit;

import java.util.List;
import org.practiceevaluations.common.ApplicationOwnedVariables;
import org.springframework.stereotype.Component;

/** The change audit offer's process variables: the application writes them, people never do. */
@Component
public class ChangeAuditVariables implements ApplicationOwnedVariables {

  @Override
  public List<Class<?>> homes() {
    return List.of(ChangeAuditProcess.Vars.class);
  }
}
