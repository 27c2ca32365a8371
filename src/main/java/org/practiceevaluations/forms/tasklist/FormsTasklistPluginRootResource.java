package org.practiceevaluations.forms.tasklist;

import jakarta.ws.rs.Path;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** Serves the plugin's {@code app/plugin.js} and {@code app/plugin.css} to Tasklist; no REST resources of its own. */
@Path("plugin/" + FormsTasklistPlugin.ID)
public class FormsTasklistPluginRootResource extends AbstractTasklistPluginRootResource {

  public FormsTasklistPluginRootResource() {
    super(FormsTasklistPlugin.ID);
  }
}
