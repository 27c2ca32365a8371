package org.practiceevaluations.identity;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the staff groups and grants the {@link AccessPolicy} at every start. Idempotent: an existing group
 * is left alone and an existing authorization only gains the permissions it lacks, so changes an administrator
 * made in Admin (extra permissions) survive a restart.
 */
@Component
@Order(10)
public class AccessSetup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public AccessSetup(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureGroups();
    ensureGrants();
  }

  void ensureGroups() {
    for (StaffGroup staffGroup : StaffGroup.values()) {
      if (identityService.createGroupQuery().groupId(staffGroup.id()).count() == 0) {
        Group group = identityService.newGroup(staffGroup.id());
        group.setName(staffGroup.displayName());
        group.setType(staffGroup == StaffGroup.CAMUNDA_ADMIN ? "SYSTEM" : StaffGroup.WORKFLOW_TYPE);
        identityService.saveGroup(group);
        LOG.info("Created group {}", staffGroup.id());
      }
    }
  }

  void ensureGrants() {
    for (AccessGrant grant : AccessPolicy.grants()) {
      Authorization existing = authorizationService.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT)
          .groupIdIn(grant.group().id())
          .resourceType(grant.resource())
          .resourceId(grant.resourceId())
          .singleResult();
      Authorization authorization = existing != null
          ? existing
          : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      if (existing == null) {
        authorization.setGroupId(grant.group().id());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
      }
      boolean missing = false;
      for (Permission permission : grant.permissions()) {
        if (existing == null || !existing.isPermissionGranted(permission)) {
          authorization.addPermission(permission);
          missing = true;
        }
      }
      if (missing) {
        authorizationService.saveAuthorization(authorization);
        LOG.debug("Granted {} on {} {} to {}", Arrays.toString(grant.permissions().toArray()),
            grant.resource().resourceName(), grant.resourceId(), grant.group().id());
      }
    }
  }
}
