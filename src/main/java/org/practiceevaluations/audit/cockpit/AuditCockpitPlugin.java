package org.practiceevaluations.audit.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The audit manager's view in Cockpit: an "Audit overview" on the dashboard and an "Evaluation" tab on process
 * instances. Registered with Cockpit through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; its page code is {@code plugin-webapp/practice-evaluations/app/plugin.js} (plain JavaScript, no build), which
 * reads the application's own {@code /api/audit} (docs/adr/0006).
 */
public class AuditCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "practice-evaluations";

  @Override
  public String getId() {
    return ID;
  }

  /** Only to serve plugin.js and plugin.css: the data comes from {@code /api/audit}. */
  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(AuditCockpitPluginRootResource.class);
  }
}
