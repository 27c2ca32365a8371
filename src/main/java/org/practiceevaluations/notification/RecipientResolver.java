package org.practiceevaluations.notification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.practiceevaluations.directory.CouncilRole;
import org.practiceevaluations.directory.Team;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.identity.StaffDirectory;
import org.practiceevaluations.identity.StaffGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns roles into people: from the evaluation's people when there is an evaluation, otherwise from the team in
 * {@code teamCode}, otherwise from the service area in {@code serviceAreaCode} (its teams' practice managers, its
 * head of service); the action's owner from {@code actionOwner}; service-wide roles from the team directory; the learning and development group from the
 * identity service; requester and raiser from the process variables. A role nobody holds is no recipient, not
 * an error. Each person appears once, with all the roles they receive the mail in.
 */
@Component
public class RecipientResolver {

  private static final Logger LOG = LoggerFactory.getLogger(RecipientResolver.class);

  private final TeamDirectory teams;
  private final StaffDirectory staff;

  public RecipientResolver(TeamDirectory teams, StaffDirectory staff) {
    this.teams = teams;
    this.staff = staff;
  }

  /** The recipients in the order their first role was named; people unknown to the directory are left out. */
  public List<Recipient> resolve(List<RecipientRole> roles, NotificationContext context) {
    Map<String, Set<RecipientRole>> byUser = userIds(roles, context);
    List<Recipient> recipients = new ArrayList<>();
    Map<String, Optional<User>> people = staff.findAll(byUser.keySet());
    byUser.forEach((userId, theirRoles) -> {
      Optional<User> user = people.get(userId);
      if (user.isEmpty()) {
        LOG.warn("notification: {} to {} left out: not in the staff directory", context.template().key(), userId);
        return;
      }
      String email = user.get().getEmail();
      recipients.add(new Recipient(userId, user.get().getFirstName(), StaffDirectory.displayName(user, userId),
          email == null || email.isBlank() ? null : email.trim(), theirRoles));
    });
    return recipients;
  }

  /** User id → roles, de-duplicated, in the order of the roles given. */
  Map<String, Set<RecipientRole>> userIds(List<RecipientRole> roles, NotificationContext context) {
    Map<String, Set<RecipientRole>> byUser = new LinkedHashMap<>();
    for (RecipientRole role : roles) {
      for (String userId : holders(role, context)) {
        if (userId != null && !userId.isBlank()) {
          byUser.computeIfAbsent(userId.trim(), id -> EnumSet.noneOf(RecipientRole.class)).add(role);
        }
      }
    }
    return byUser;
  }

  List<String> holders(RecipientRole role, NotificationContext context) {
    EvaluationView.People people = context.evaluationIfAny().map(EvaluationView::people).orElse(null);
    Optional<Team> team = people == null ? context.text(NotificationContext.TEAM_CODE).flatMap(teams::findTeam)
        : Optional.empty();
    return switch (role) {
      case AUDITOR -> person(people == null ? null : people.auditor());
      case MODERATOR -> person(people == null ? null : people.moderator());
      case SOCIAL_WORKER -> person(people == null ? null : people.socialWorker());
      case IRO -> person(people == null ? null : people.iro());
      case TEAM_MANAGER -> people != null ? person(people.teamManager()) : team.map(Team::getTeamManager).stream().toList();
      case PRACTICE_MANAGER -> people != null ? person(people.practiceManager())
          : team.isPresent() ? List.of(team.get().getPracticeManager()) : area(context, Team::getPracticeManager);
      case HEAD_OF_SERVICE -> people != null ? person(people.headOfService())
          : team.isPresent() ? List.of(team.get().getHeadOfService()) : area(context, Team::getHeadOfService);
      case AUDIT_MANAGER -> teams.holderOf(CouncilRole.AUDIT_MANAGER).stream().toList();
      case HEAD_OF_PROFESSIONAL_STANDARDS -> teams.holderOf(CouncilRole.HEAD_OF_PROFESSIONAL_STANDARDS).stream().toList();
      case LEARNING_DEVELOPMENT_MANAGER -> teams.holderOf(CouncilRole.LEARNING_DEVELOPMENT_MANAGER).stream().toList();
      case LEARNING_DEVELOPMENT -> staff.membersOf(StaffGroup.LEARNING_DEVELOPMENT);
      case ALL_MANAGERS -> allManagers();
      case REQUESTER -> context.text(NotificationContext.REQUESTER).stream().toList();
      case ACTION_OWNER -> context.text(NotificationContext.ACTION_OWNER).stream().toList();
      case RAISER -> raiser(context);
      case SENIOR_LEADERS -> staff.membersOf(StaffGroup.MODERATORS);
    };
  }

  /** The people in this role across the teams of the service area in {@code serviceAreaCode}. */
  private List<String> area(NotificationContext context, java.util.function.Function<Team, String> role) {
    Optional<String> areaCode = context.text(NotificationContext.SERVICE_AREA_CODE);
    if (areaCode.isEmpty()) {
      return List.of();
    }
    return teams.teams().stream().filter(t -> t.getServiceArea().getCode().equals(areaCode.get())).map(role)
        .distinct().toList();
  }

  private List<String> allManagers() {
    List<String> managers = new ArrayList<>();
    for (Team t : teams.teams()) {
      managers.add(t.getTeamManager());
      managers.add(t.getPracticeManager());
      managers.add(t.getHeadOfService());
    }
    return managers.stream().distinct().toList();
  }

  /** {@code raisedBy}, or else whoever raised the evaluation's latest safety escalation. */
  private static List<String> raiser(NotificationContext context) {
    Optional<String> raisedBy = context.text(NotificationContext.RAISED_BY);
    if (raisedBy.isPresent()) {
      return List.of(raisedBy.get());
    }
    return context.evaluationIfAny().flatMap(e -> e.escalations().stream()
            .filter(s -> s.raisedBy() != null && s.raisedAt() != null)
            .max(java.util.Comparator.comparing(EvaluationView.Escalation::raisedAt)))
        .map(s -> s.raisedBy().userId()).stream().toList();
  }

  private static List<String> person(EvaluationView.Person person) {
    return person == null || person.userId() == null ? List.of() : List.of(person.userId());
  }
}
