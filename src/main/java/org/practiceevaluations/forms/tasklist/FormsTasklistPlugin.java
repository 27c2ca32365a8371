package org.practiceevaluations.forms.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * Page code Tasklist loads at start: the repair of Camunda Forms with repeatable rows (see
 * {@code plugin-webapp/practice-evaluations-tasklist/app/plugin.js}). Registered through
 * {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}.
 */
public class FormsTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "practice-evaluations-tasklist";

  @Override
  public String getId() {
    return ID;
  }

  /** Only to serve plugin.js and plugin.css. */
  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(FormsTasklistPluginRootResource.class);
  }
}
