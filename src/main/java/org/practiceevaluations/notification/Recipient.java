package org.practiceevaluations.notification;

import java.util.List;
import java.util.Set;

/**
 * One person a notification goes to, once, with every role in which they receive it. {@code email} is null when
 * the directory has no address for them. Never log anything here but {@link #userId()}.
 */
public record Recipient(String userId, String firstName, String name, String email, Set<RecipientRole> roles) {

  public Recipient {
    roles = Set.copyOf(roles);
    if (firstName == null || firstName.isBlank()) {
      firstName = name;
    }
  }

  public boolean has(RecipientRole role) {
    return roles.contains(role);
  }

  /** True when they receive it as this role (by key, for templates: {@code recipient.is('moderator')}). */
  public boolean is(String roleKey) {
    return roles.stream().anyMatch(r -> r.key().equals(roleKey));
  }

  /** "the auditor and the audit manager", in the order of {@link RecipientRole}. */
  public String asWhom() {
    List<String> descriptions = roles.stream().sorted().map(RecipientRole::description).toList();
    if (descriptions.size() <= 1) {
      return descriptions.isEmpty() ? "" : descriptions.get(0);
    }
    return String.join(", ", descriptions.subList(0, descriptions.size() - 1)) + " and "
        + descriptions.get(descriptions.size() - 1);
  }
}
