package org.practiceevaluations.identity.sso;

import java.util.List;

/**
 * Who a token says someone is, in the application's terms: the user id, the application's groups the council's
 * groups map to, and the name and address for the directory. Holds personal data: log the user id only.
 */
public record SsoPerson(String userId, String firstName, String lastName, String email, List<String> groups) {

  public SsoPerson {
    groups = List.copyOf(groups);
  }

  @Override
  public String toString() {
    return "SsoPerson[" + userId + " " + groups + "]";
  }
}
