package org.practiceevaluations.identity.sso;

import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.practiceevaluations.common.AsApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the engine's directory in step with the provider at each log-in: the person's entry is created or its
 * name and address refreshed, and their memberships of the groups the mapping names are made to match the token
 * (a group the mapping does not name, added by hand in Admin, is left alone). Allocation, notifications and
 * Tasklist's group filters read the directory, so they keep working for people who never had a local account.
 */
public class SsoDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(SsoDirectory.class);

  private final IdentityService identityService;
  private final AsApplication asApplication;
  private final Set<String> mappedGroups;

  public SsoDirectory(IdentityService identityService, AsApplication asApplication, Set<String> mappedGroups) {
    this.identityService = identityService;
    this.asApplication = asApplication;
    this.mappedGroups = Set.copyOf(mappedGroups);
  }

  public void refresh(SsoPerson person) {
    // The directory is written with the application's rights, whoever was logged in on this thread before.
    asApplication.call(() -> {
      User user = identityService.createUserQuery().userId(person.userId()).singleResult();
      boolean created = user == null;
      if (created) {
        user = identityService.newUser(person.userId());
      }
      boolean changed = created;
      if (person.firstName() != null && !Objects.equals(person.firstName(), user.getFirstName())) {
        user.setFirstName(person.firstName());
        changed = true;
      }
      if (person.lastName() != null && !Objects.equals(person.lastName(), user.getLastName())) {
        user.setLastName(person.lastName());
        changed = true;
      }
      if (person.email() != null && !Objects.equals(person.email(), user.getEmail())) {
        user.setEmail(person.email());
        changed = true;
      }
      if (changed) {
        identityService.saveUser(user);
      }
      for (String group : mappedGroups) {
        boolean member = identityService.createUserQuery().userId(person.userId()).memberOfGroup(group).count() > 0;
        boolean shouldBe = person.groups().contains(group);
        if (shouldBe && !member) {
          identityService.createMembership(person.userId(), group);
        } else if (!shouldBe && member) {
          identityService.deleteMembership(person.userId(), group);
        }
      }
      LOG.info("single sign-on: {} logged in ({}), groups {}", person.userId(),
          created ? "directory entry created" : "directory entry refreshed", person.groups());
      return null;
    });
  }
}
