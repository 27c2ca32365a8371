package org.practiceevaluations.identity;

import java.util.Arrays;
import java.util.List;
import org.practiceevaluations.common.ActingUser;
import org.practiceevaluations.common.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * The person behind the current request, as authenticated by {@link ApiAuthenticationFilter} (HTTP Basic or a
 * Tasklist/Cockpit session). Controllers ask it before they answer: any logged-in user passes the filter.
 */
@Component
public class CurrentUser {

  private final ActingUser actingUser;

  public CurrentUser(ActingUser actingUser) {
    this.actingUser = actingUser;
  }

  public String userId() {
    String userId = actingUser.userId();
    if (userId == null) {
      throw new ForbiddenException("You are not logged in.");
    }
    return userId;
  }

  public List<String> groups() {
    return actingUser.groupIds();
  }

  public boolean isIn(StaffGroup... groups) {
    List<String> mine = groups();
    return Arrays.stream(groups).anyMatch(g -> mine.contains(g.id()));
  }

  /** Throws {@link ForbiddenException} (403) unless the user is in one of the groups. */
  public String requireAny(StaffGroup... groups) {
    String userId = userId();
    if (!isIn(groups)) {
      throw new ForbiddenException("This is only for " + Arrays.stream(groups).map(StaffGroup::displayName)
          .reduce((a, b) -> a + ", " + b).orElse("") + ".");
    }
    return userId;
  }
}
