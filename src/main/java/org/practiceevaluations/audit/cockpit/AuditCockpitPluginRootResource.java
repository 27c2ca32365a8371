package org.practiceevaluations.audit.cockpit;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * Cockpit loads a plugin's {@code app/plugin.js} and {@code app/plugin.css} from
 * {@code /camunda/api/cockpit/plugin/<id>/static/app/...}, which the plugin's root resource serves; without one
 * Cockpit finds no page code. The plugin has no REST resources of its own.
 */
@Path("plugin/" + AuditCockpitPlugin.ID)
public class AuditCockpitPluginRootResource extends AbstractCockpitPluginRootResource {

  public AuditCockpitPluginRootResource() {
    super(AuditCockpitPlugin.ID);
  }
}
