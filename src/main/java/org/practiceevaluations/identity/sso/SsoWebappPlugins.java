package org.practiceevaluations.identity.sso;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.camunda.bpm.admin.plugin.spi.impl.AbstractAdminPlugin;
import org.camunda.bpm.admin.resource.AbstractAdminPluginRootResource;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/**
 * Page code Tasklist, Cockpit and Admin load at start ({@code plugin-webapp/practice-evaluations-sso/app/plugin.js}):
 * with single sign-on, "Log out" goes to {@code /logout}, which ends the session here and the provider's, and a
 * session that timed out logs in again through the provider instead of showing Camunda's log-in form. Without single
 * sign-on it does nothing. Registered in {@code META-INF/services} for each webapp.
 */
public final class SsoWebappPlugins {

  public static final String ID = "practice-evaluations-sso";

  private SsoWebappPlugins() {}

  /** For Tasklist. */
  public static class Tasklist extends AbstractTasklistPlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(TasklistResource.class);
    }
  }

  /** For Cockpit. */
  public static class Cockpit extends AbstractCockpitPlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(CockpitResource.class);
    }
  }

  /** For Admin. */
  public static class Admin extends AbstractAdminPlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(AdminResource.class);
    }
  }

  /** Serves plugin.js and plugin.css only. */
  @Path("plugin/" + ID)
  public static class TasklistResource extends AbstractTasklistPluginRootResource {
    public TasklistResource() {
      super(ID);
    }
  }

  /** Serves plugin.js and plugin.css only. */
  @Path("plugin/" + ID)
  public static class CockpitResource extends AbstractCockpitPluginRootResource {
    public CockpitResource() {
      super(ID);
    }
  }

  /** Serves plugin.js and plugin.css only. */
  @Path("plugin/" + ID)
  public static class AdminResource extends AbstractAdminPluginRootResource {
    public AdminResource() {
      super(ID);
    }
  }
}
