package org.practiceevaluations.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Display names of many staff at once: one query to the identity service, whatever the number of people. */
@Component
class StaffNames {

  private final IdentityService identityService;

  StaffNames(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** User id to "First Last"; a user the directory does not know keeps their id as name. */
  Map<String, String> of(Collection<String> userIds) {
    String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    Map<String, String> names = new HashMap<>();
    if (ids.length == 0) {
      return names;
    }
    for (User user : identityService.createUserQuery().userIdIn(ids).list()) {
      String name = (blankToEmpty(user.getFirstName()) + " " + blankToEmpty(user.getLastName())).trim();
      names.put(user.getId(), name.isEmpty() ? user.getId() : name);
    }
    for (String id : ids) {
      names.putIfAbsent(id, id);
    }
    return names;
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s;
  }
}
