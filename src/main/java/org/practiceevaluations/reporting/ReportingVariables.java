package org.practiceevaluations.reporting;

import java.util.List;
import org.practiceevaluations.common.ApplicationOwnedVariables;
import org.springframework.stereotype.Component;

/** The quarterly report's process variables: the application writes them, people never do. */
@Component
public class ReportingVariables implements ApplicationOwnedVariables {

  @Override
  public List<Class<?>> homes() {
    return List.of(QuarterlyReportProcess.Vars.class);
  }
}
