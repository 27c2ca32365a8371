package org.practiceevaluations.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** Groups, grants and Tasklist filters are set up at every start, and a second start changes nothing. */
@AppTest
class AccessSetupTest {

  @Autowired AccessSetup accessSetup;
  @Autowired TasklistFilterSetup filterSetup;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;

  private static final DefaultApplicationArguments NO_ARGUMENTS = new DefaultApplicationArguments();

  @Test
  void aSecondStartCreatesNoGroupAndNoAuthorizationTwice() {
    long groups = identityService.createGroupQuery().count();
    Map<String, Integer> grants = staffGrants();

    accessSetup.run(NO_ARGUMENTS);
    accessSetup.run(NO_ARGUMENTS);

    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(staffGrants()).isEqualTo(grants);
  }

  @Test
  void everyLineOfThePolicyIsOneAuthorizationHoldingItsPermissions() {
    for (AccessGrant grant : AccessPolicy.grants()) {
      List<Authorization> found = authorizationService.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(grant.group().id())
          .resourceType(grant.resource()).resourceId(grant.resourceId()).list();
      String line = grant.group().id() + " " + grant.resource().resourceName() + " " + grant.resourceId();
      assertThat(found).as(line).hasSize(1);
      assertThat(found.get(0).getPermissions(grant.permissions().toArray(Permission[]::new)))
          .as(line).containsExactlyInAnyOrderElementsOf(grant.permissions());
    }
  }

  @Test
  void aPermissionTakenAwayIsGrantedAgainAndOneAnAdministratorAddedIsKept() {
    Authorization tasklist = grantOf(StaffGroup.SOCIAL_WORKERS, Resources.APPLICATION, "tasklist");
    Authorization users = grantOf(StaffGroup.SOCIAL_WORKERS, Resources.USER, "*");
    tasklist.removePermission(Permissions.ACCESS);
    authorizationService.saveAuthorization(tasklist);
    users.addPermission(Permissions.UPDATE);
    authorizationService.saveAuthorization(users);
    try {
      accessSetup.run(NO_ARGUMENTS);

      assertThat(authorizationService.isUserAuthorized(DemoUsers.SOCIAL_WORKER, List.of(StaffGroup.SOCIAL_WORKERS.id()),
          Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
      assertThat(grantOf(StaffGroup.SOCIAL_WORKERS, Resources.USER, "*").isPermissionGranted(Permissions.UPDATE))
          .isTrue();
    } finally {
      Authorization added = grantOf(StaffGroup.SOCIAL_WORKERS, Resources.USER, "*");
      added.removePermission(Permissions.UPDATE);
      authorizationService.saveAuthorization(added);
    }
  }

  @Test
  void theTasklistFiltersAreCreatedOnceAndShownToTheRightGroups() {
    filterSetup.run(NO_ARGUMENTS);
    filterSetup.run(NO_ARGUMENTS);

    assertThat(filterService.createTaskFilterQuery().list()).extracting(Filter::getName).containsExactlyInAnyOrder(
        TasklistFilterSetup.MY_TASKS, TasklistFilterSetup.MY_GROUPS_TASKS, TasklistFilterSetup.DUE_THIS_WEEK,
        TasklistFilterSetup.OVERDUE, TasklistFilterSetup.CASES_OF_CONCERN);
    String concerns = filterService.createTaskFilterQuery().filterName(TasklistFilterSetup.CASES_OF_CONCERN)
        .singleResult().getId();
    String myTasks = filterService.createTaskFilterQuery().filterName(TasklistFilterSetup.MY_TASKS)
        .singleResult().getId();
    for (StaffGroup group : StaffGroup.staff()) {
      assertThat(authorizationService.isUserAuthorized("someone", List.of(group.id()), Permissions.READ,
          Resources.FILTER, myTasks)).as(group.id()).isTrue();
      boolean seesConcerns = group == StaffGroup.PRACTICE_MANAGERS || group == StaffGroup.AUDIT_TEAM;
      assertThat(authorizationService.isUserAuthorized("someone", List.of(group.id()), Permissions.READ,
          Resources.FILTER, concerns)).as(group.id()).isEqualTo(seesConcerns);
      assertThat(authorizationService.createAuthorizationQuery().groupIdIn(group.id())
          .resourceType(Resources.FILTER).resourceId(concerns).count()).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void aGroupsTaskHeldByOneOfItsMembersIsInTheGroupsFiltersOfTheOthers() {
    Task task = taskService.newTask();
    task.setName("Decide on the request");
    task.setAssignee(DemoUsers.AUDIT_MANAGER);
    task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), StaffGroup.AUDIT_TEAM.id());
    try {
      identityService.setAuthentication("tpatel", List.of(StaffGroup.AUDIT_TEAM.id()));
      assertThat(idsIn(TasklistFilterSetup.MY_GROUPS_TASKS)).contains(task.getId());
      assertThat(idsIn(TasklistFilterSetup.OVERDUE)).contains(task.getId());
      assertThat(idsIn(TasklistFilterSetup.MY_TASKS)).doesNotContain(task.getId());

      identityService.setAuthentication(DemoUsers.SOCIAL_WORKER, List.of(StaffGroup.SOCIAL_WORKERS.id()));
      assertThat(idsIn(TasklistFilterSetup.MY_GROUPS_TASKS)).doesNotContain(task.getId());
      assertThat(idsIn(TasklistFilterSetup.OVERDUE)).doesNotContain(task.getId());
    } finally {
      identityService.clearAuthentication();
      taskService.deleteTask(task.getId(), true);
    }
  }

  private List<String> idsIn(String filterName) {
    String filterId = filterService.createTaskFilterQuery().filterName(filterName).singleResult().getId();
    return filterService.<Task>list(filterId).stream().map(Task::getId).toList();
  }

  @Test
  void aSocialWorkerMaySeeNoOneElsesTasksAndNoEvaluationAsAWhole() {
    List<String> groups = List.of(StaffGroup.SOCIAL_WORKERS.id());

    assertThat(authorizationService.isUserAuthorized(DemoUsers.SOCIAL_WORKER, groups, Permissions.READ,
        Resources.TASK, "*")).isFalse();
    assertThat(authorizationService.isUserAuthorized(DemoUsers.SOCIAL_WORKER, groups, Permissions.READ,
        Resources.PROCESS_INSTANCE, "*")).isFalse();
    assertThat(authorizationService.isUserAuthorized(DemoUsers.SOCIAL_WORKER, groups, Permissions.READ_HISTORY,
        Resources.PROCESS_DEFINITION, "*")).isFalse();
    assertThat(authorizationService.isUserAuthorized(DemoUsers.SOCIAL_WORKER, groups, Permissions.CREATE,
        Resources.DEPLOYMENT, "*")).isFalse();
  }

  private Authorization grantOf(StaffGroup group, Resources resource, String resourceId) {
    return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(group.id()).resourceType(resource).resourceId(resourceId).singleResult();
  }

  /** Every grant to a staff group, by group, resource and id, with its permission bits; fails on a duplicate. */
  private Map<String, Integer> staffGrants() {
    String[] staff = StaffGroup.staff().stream().map(StaffGroup::id).toArray(String[]::new);
    List<Authorization> all = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(staff).list();
    // toMap refuses a second authorization for the same group, resource and id.
    return all.stream().collect(Collectors.toMap(
        a -> a.getGroupId() + " " + a.getResourceType() + " " + a.getResourceId(),
        AccessSetupTest::permissionBits));
  }

  private static int permissionBits(Authorization authorization) {
    return ((org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity) authorization).getPermissions();
  }
}
