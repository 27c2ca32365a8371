package org.practiceevaluations.identity.sso;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.practiceevaluations.identity.StaffGroup;

/**
 * Reads a person from the claims of an ID token or access token, by the settings: the user id from the configured
 * claim, the application's groups from the configured groups claim through the mapping table. Plain logic, no
 * Spring: the same rules for a browser log-in and a bearer token.
 */
public class SsoClaims {

  /** The engine's user id rule (application.yaml, userResourceWhitelistPattern), and the tables' 64 characters. */
  static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");

  private final SsoSettings settings;
  private final Map<String, List<String>> mapping;

  public SsoClaims(SsoSettings settings) {
    this.settings = settings;
    this.mapping = checkedMapping(settings.getGroupMapping());
  }

  /** The mapping's targets must be the application's groups: a typo would silently give nobody access. */
  static Map<String, List<String>> checkedMapping(Map<String, List<String>> mapping) {
    List<String> unknown = new ArrayList<>();
    mapping.values().forEach(targets -> targets.stream()
        .filter(target -> StaffGroup.byId(target.trim()).isEmpty()).forEach(unknown::add));
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("practice-evaluations.sso.group-mapping names groups the application does not"
          + " have: " + unknown + ". Use: " + java.util.Arrays.stream(StaffGroup.values()).map(StaffGroup::id).toList());
    }
    return Map.copyOf(mapping);
  }

  /** The application's groups named as targets in the mapping: the only memberships log-in maintains. */
  public Set<String> mappedGroups() {
    Set<String> groups = new LinkedHashSet<>();
    mapping.values().forEach(targets -> targets.forEach(t -> groups.add(t.trim())));
    return groups;
  }

  /** The person, or an exception saying (without personal data) why the claims cannot be used. */
  public SsoPerson person(Map<String, Object> claims) {
    String userId = userId(claims);
    String firstName = text(claims.get("given_name"));
    String lastName = text(claims.get("family_name"));
    String name = text(claims.get("name"));
    if (firstName == null && lastName == null && name != null) {
      int space = name.lastIndexOf(' ');
      firstName = space > 0 ? name.substring(0, space) : name;
      lastName = space > 0 ? name.substring(space + 1) : null;
    }
    String email = text(claims.get("email"));
    if (email == null) {
      for (String claim : List.of("upn", "preferred_username")) {
        String value = text(claims.get(claim));
        if (value != null && value.contains("@")) {
          email = value;
          break;
        }
      }
    }
    return new SsoPerson(userId, firstName, lastName, email, groups(claims));
  }

  String userId(Map<String, Object> claims) {
    String value = text(claims.get(settings.getUserIdClaim()));
    if (value == null) {
      throw new SsoRefusal("The token has no '" + settings.getUserIdClaim() + "' claim to name the person.");
    }
    if (settings.isUserIdWithoutDomain() && value.contains("@")) {
      value = value.substring(0, value.indexOf('@'));
    }
    value = value.toLowerCase(Locale.ROOT);
    if (!USER_ID.matcher(value).matches()) {
      throw new SsoRefusal("The '" + settings.getUserIdClaim() + "' claim is not a user id the application can use"
          + " (letters, digits, dots, hyphens and underscores, at most 64).");
    }
    return value;
  }

  List<String> groups(Map<String, Object> claims) {
    Set<String> groups = new LinkedHashSet<>();
    for (String councilGroup : values(claims.get(settings.getGroupsClaim()))) {
      List<String> targets = mapping.get(councilGroup);
      if (targets != null) {
        targets.forEach(t -> groups.add(t.trim()));
      }
    }
    return List.copyOf(groups);
  }

  private static List<String> values(Object claim) {
    if (claim instanceof Collection<?> collection) {
      return collection.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
    if (claim instanceof String text && !text.isBlank()) {
      return List.of(text.trim().split("[\\s,]+"));
    }
    return List.of();
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  /** Claims that cannot be used to let someone in; the message names claims, never their values. */
  public static class SsoRefusal extends RuntimeException {
    public SsoRefusal(String message) {
      super(message);
    }
  }
}
