package org.practiceevaluations.identity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * One line of the access policy: a group may do these things to this resource. {@code resourceId} is
 * {@code "*"} for every resource of the type, or an id (a process definition key, an application name).
 */
public record AccessGrant(StaffGroup group, Resource resource, String resourceId, List<Permission> permissions) {

  public static AccessGrant grant(StaffGroup group, Resource resource, String resourceId, Permission... permissions) {
    return new AccessGrant(group, resource, resourceId, List.of(permissions));
  }
}
