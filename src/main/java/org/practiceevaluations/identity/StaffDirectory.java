package org.practiceevaluations.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.practiceevaluations.common.TransactionMemo;
import org.springframework.stereotype.Service;

/** People known to the engine's identity service: who exists, their names, addresses and groups. */
@Service
public class StaffDirectory {

  private final IdentityService identityService;
  /**
   * The people a transaction has looked up: a step's mails, its form and its task name the same few people many
   * times (README "Performance"). Nobody is added, renamed or moved by the steps themselves.
   */
  private final TransactionMemo<String, Optional<User>> looked = new TransactionMemo<>();

  public StaffDirectory(IdentityService identityService) {
    this.identityService = identityService;
  }

  public boolean exists(String userId) {
    return userId != null && identityService.createUserQuery().userId(userId).count() > 0;
  }

  public Optional<User> find(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return looked.get(userId, id -> Optional.ofNullable(identityService.createUserQuery().userId(id).singleResult()));
  }

  /**
   * The people with these ids (empty for one the directory does not know), read in one query for those this
   * transaction has not looked up yet: a mail to five people, or a form naming six, asks once.
   */
  public Map<String, Optional<User>> findAll(Collection<String> userIds) {
    List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
    List<String> unread = ids.stream().filter(id -> !looked.has(id)).toList();
    Map<String, User> read = new HashMap<>();
    if (!unread.isEmpty()) {
      identityService.createUserQuery().userIdIn(unread.toArray(String[]::new)).list()
          .forEach(user -> read.put(user.getId(), user));
    }
    Map<String, Optional<User>> found = new LinkedHashMap<>();
    for (String id : ids) {
      found.put(id, looked.get(id, k -> Optional.ofNullable(read.get(k))));
    }
    return found;
  }

  /** "First Last", or the user id when the person is unknown. */
  public String displayName(String userId) {
    return displayName(find(userId), userId);
  }

  /** "First Last" of a user already looked up, or the user id when there is none (saves a second query). */
  public static String displayName(Optional<User> user, String userId) {
    return user
        .map(u -> (nullToEmpty(u.getFirstName()) + " " + nullToEmpty(u.getLastName())).trim())
        .filter(name -> !name.isEmpty())
        .orElse(userId);
  }

  public Optional<String> email(String userId) {
    return email(find(userId));
  }

  /** The e-mail address of a user already looked up. */
  public static Optional<String> email(Optional<User> user) {
    return user.map(User::getEmail).filter(e -> e != null && !e.isBlank());
  }

  public boolean isMember(String userId, StaffGroup group) {
    return userId != null
        && identityService.createUserQuery().userId(userId).memberOfGroup(group.id()).count() > 0;
  }

  public List<String> membersOf(StaffGroup group) {
    return identityService.createUserQuery().memberOfGroup(group.id()).orderByUserId().asc().list()
        .stream().map(User::getId).toList();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
