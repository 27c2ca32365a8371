package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.directory.CouncilRole;
import org.practiceevaluations.directory.ServiceArea;
import org.practiceevaluations.directory.Team;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.EvaluationView;
import org.practiceevaluations.identity.StaffDirectory;
import org.practiceevaluations.identity.StaffGroup;

/** Roles to people, without a database: the directory and the identity service are mocks. */
class RecipientResolverTest {

  TeamDirectory teams = mock(TeamDirectory.class);
  StaffDirectory staff = mock(StaffDirectory.class);
  RecipientResolver resolver = new RecipientResolver(teams, staff);

  @BeforeEach
  void directory() {
    ServiceArea area = new ServiceArea("SFS", "Safeguarding and Family Support", "hos1");
    Team team = new Team("T1", "Team One", area, "tm1", "pm1");
    Team other = new Team("T2", "Team Two", area, "tm2", "pm1");
    when(teams.findTeam("T1")).thenReturn(Optional.of(team));
    when(teams.teams()).thenReturn(List.of(team, other));
    when(teams.holderOf(CouncilRole.AUDIT_MANAGER)).thenReturn(Optional.of("am"));
    when(teams.holderOf(CouncilRole.HEAD_OF_PROFESSIONAL_STANDARDS)).thenReturn(Optional.empty());
    when(teams.holderOf(CouncilRole.LEARNING_DEVELOPMENT_MANAGER)).thenReturn(Optional.of("ldm"));
    when(staff.membersOf(StaffGroup.LEARNING_DEVELOPMENT)).thenReturn(List.of("ldm", "csw"));
    lenient().when(staff.find(anyString())).thenAnswer(call -> Optional.of(user(call.getArgument(0))));
    // the resolver reads every recipient at once; each answer is the one find gives for that person
    lenient().when(staff.findAll(org.mockito.ArgumentMatchers.anyCollection())).thenAnswer(call -> {
      java.util.Map<String, Optional<org.camunda.bpm.engine.identity.User>> people = new java.util.LinkedHashMap<>();
      for (Object id : (java.util.Collection<?>) call.getArgument(0)) {
        people.put((String) id, staff.find((String) id));
      }
      return people;
    });
    lenient().when(staff.displayName(anyString())).thenAnswer(call -> "Name of " + call.getArgument(0));
  }

  @Test
  void thePeopleOfTheEvaluationAreTheRecipientsAndSomeoneInTwoRolesGetsOneMail() {
    NotificationContext context = context(NotificationTemplate.EVALUATION_SHARED, Map.of(),
        evaluation(person("aud"), null, person("sw"), person("aud"), person("pm"), person("hos"), null));

    List<Recipient> recipients = resolver.resolve(List.of(RecipientRole.SOCIAL_WORKER, RecipientRole.TEAM_MANAGER,
        RecipientRole.AUDITOR, RecipientRole.MODERATOR, RecipientRole.IRO), context);

    assertThat(recipients).extracting(Recipient::userId).containsExactly("sw", "aud");
    assertThat(recipients.get(1).roles()).containsExactlyInAnyOrder(RecipientRole.AUDITOR, RecipientRole.TEAM_MANAGER);
    assertThat(recipients.get(1).asWhom()).isEqualTo("the auditor and the team manager");
  }

  @Test
  void aRoleNobodyHoldsIsNoRecipientNotAnError() {
    NotificationContext context = context(NotificationTemplate.INADEQUATE_EVALUATION_CIRCULATED, Map.of(),
        evaluation(person("aud"), null, person("sw"), person("tm"), person("pm"), person("hos"), null));

    assertThat(resolver.userIds(List.of(RecipientRole.IRO, RecipientRole.MODERATOR,
        RecipientRole.HEAD_OF_PROFESSIONAL_STANDARDS), context)).isEmpty();
  }

  @Test
  void withoutAnEvaluationTheManagersComeFromTheTeamInTeamCode() {
    NotificationContext context = context(NotificationTemplate.TEAM_REVIEW_INVITATION, Map.of("teamCode", "T1"), null);

    assertThat(resolver.userIds(List.of(RecipientRole.TEAM_MANAGER, RecipientRole.PRACTICE_MANAGER,
        RecipientRole.HEAD_OF_SERVICE), context)).containsOnlyKeys("tm1", "pm1", "hos1");
  }

  @Test
  void withoutAnEvaluationOrATeamThereAreNoTeamRecipients() {
    NotificationContext context = context(NotificationTemplate.QUARTERLY_REPORT, Map.of(), null);

    assertThat(resolver.userIds(List.of(RecipientRole.TEAM_MANAGER, RecipientRole.AUDITOR), context)).isEmpty();
  }

  @Test
  void allManagersAreEveryTeamManagerPracticeManagerAndHeadOfServiceOnce() {
    NotificationContext context = context(NotificationTemplate.QUARTERLY_REPORT, Map.of(), null);

    assertThat(resolver.userIds(List.of(RecipientRole.ALL_MANAGERS), context).keySet())
        .containsExactly("tm1", "pm1", "hos1", "tm2");
  }

  @Test
  void theLearningAndDevelopmentManagerInTheGroupGetsOneMail() {
    NotificationContext context = context(NotificationTemplate.LEARNING_NEEDS_SUMMARY, Map.of(), null);

    List<Recipient> recipients = resolver.resolve(
        List.of(RecipientRole.LEARNING_DEVELOPMENT_MANAGER, RecipientRole.LEARNING_DEVELOPMENT), context);

    assertThat(recipients).extracting(Recipient::userId).containsExactly("ldm", "csw");
  }

  @Test
  void requesterAndRaiserComeFromTheProcessVariablesAndTheRaiserOtherwiseFromTheLatestEscalation() {
    assertThat(resolver.userIds(List.of(RecipientRole.REQUESTER),
        context(NotificationTemplate.REQUEST_ACCEPTED, Map.of("requester", " sw "), null))).containsOnlyKeys("sw");
    assertThat(resolver.userIds(List.of(RecipientRole.RAISER),
        context(NotificationTemplate.SAFETY_ESCALATION_CONFIRMED, Map.of("raisedBy", "mod"), null)))
        .containsOnlyKeys("mod");

    EvaluationView withEscalations = evaluation(person("aud"), person("mod"), person("sw"), person("tm"),
        person("pm"), person("hos"), null, List.of(
            new EvaluationView.Escalation(person("aud"), Instant.parse("2026-01-01T10:00:00Z"), "c", null, null, null, null),
            new EvaluationView.Escalation(person("mod"), Instant.parse("2026-02-01T10:00:00Z"), "c", null, null, null, null)));
    assertThat(resolver.userIds(List.of(RecipientRole.RAISER),
        context(NotificationTemplate.SAFETY_ESCALATION_CONFIRMED, Map.of(), withEscalations))).containsOnlyKeys("mod");
  }

  @Test
  void peopleUnknownToTheDirectoryAreLeftOutAndAMissingAddressIsKeptAsNone() {
    when(staff.find("gone")).thenReturn(Optional.empty());
    User noAddress = user("noaddr");
    when(noAddress.getEmail()).thenReturn(" ");
    when(staff.find("noaddr")).thenReturn(Optional.of(noAddress));
    NotificationContext context = context(NotificationTemplate.EVALUATION_SHARED, Map.of(),
        evaluation(person("gone"), null, person("noaddr"), person("tm"), person("pm"), person("hos"), null));

    List<Recipient> recipients = resolver.resolve(List.of(RecipientRole.AUDITOR, RecipientRole.SOCIAL_WORKER), context);

    assertThat(recipients).singleElement().satisfies(r -> {
      assertThat(r.userId()).isEqualTo("noaddr");
      assertThat(r.email()).isNull();
    });
  }

  private static User user(String id) {
    User user = mock(User.class);
    lenient().when(user.getId()).thenReturn(id);
    lenient().when(user.getFirstName()).thenReturn("First " + id);
    lenient().when(user.getEmail()).thenReturn(id + "@council.example");
    return user;
  }

  private static EvaluationView.Person person(String id) {
    return new EvaluationView.Person(id, "Name of " + id, id + "@council.example");
  }

  static NotificationContext context(NotificationTemplate template, Map<String, Object> variables,
      EvaluationView evaluation) {
    return new NotificationContext(template, "pi", "Task_Notify", variables, evaluation);
  }

  static EvaluationView evaluation(EvaluationView.Person auditor, EvaluationView.Person moderator,
      EvaluationView.Person socialWorker, EvaluationView.Person teamManager, EvaluationView.Person practiceManager,
      EvaluationView.Person headOfService, EvaluationView.Person iro) {
    return evaluation(auditor, moderator, socialWorker, teamManager, practiceManager, headOfService, iro, List.of());
  }

  static EvaluationView evaluation(EvaluationView.Person auditor, EvaluationView.Person moderator,
      EvaluationView.Person socialWorker, EvaluationView.Person teamManager, EvaluationView.Person practiceManager,
      EvaluationView.Person headOfService, EvaluationView.Person iro, List<EvaluationView.Escalation> escalations) {
    EvaluationView.People people = new EvaluationView.People(auditor, moderator, socialWorker, teamManager,
        practiceManager, headOfService, iro);
    return new EvaluationView("PE-2026-0001", null, moderator != null, null, "pi", null, people, null, null,
        List.of(), null, null, null, null, null, List.of(), escalations, null, null, null, false, null);
  }
}
