package org.practiceevaluations.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every member of staff sees, created at start when missing (an administrator's later
 * changes to a filter are kept). Each filter shows the evaluation reference, the child's reference and the
 * team on the task card, so nobody has to open a task to know what it is about.
 */
@Component
@Order(20)
public class TasklistFilterSetup implements ApplicationRunner {

  public static final String MY_TASKS = "My tasks";
  public static final String MY_GROUPS_TASKS = "My groups' tasks";
  public static final String DUE_THIS_WEEK = "Due this week";
  public static final String OVERDUE = "Overdue";
  public static final String CASES_OF_CONCERN = "Cases of concern";

  /** Process variables shown on every task card (set by each process at its start). */
  public static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", "evaluationReference", "label", "Evaluation"),
      Map.of("name", "childReference", "label", "Child"),
      Map.of("name", "teamName", "label", "Team"));

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilterSetup.class);
  private static final String ME = "${currentUser()}";
  private static final String MY_GROUPS = "${currentUserGroups()}";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  public TasklistFilterSetup(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String everyone : List.of(
        ensure(MY_TASKS, -10, "#1f6fb2", "Tasks assigned to you, soonest due first",
            taskService.createTaskQuery().taskAssigneeExpression(ME)),
        ensure(MY_GROUPS_TASKS, -5, "#3c8c3c",
            "Tasks offered to your groups, whoever holds them: cover for a colleague who is away",
            taskService.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()),
        ensure(DUE_THIS_WEEK, 0, "#c07a00", "Your tasks and your groups' tasks due in the next seven days",
            mineOrMyGroups().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}")),
        ensure(OVERDUE, 5, "#b52b27", "Your tasks and your groups' tasks past their due date",
            mineOrMyGroups().dueBeforeExpression("${now()}")))) {
      for (StaffGroup group : StaffGroup.staff()) {
        grantRead(everyone, group);
      }
    }
    // The tasks of cases of concern: the audit team sees them all, a practice manager their own (the engine's
    // task authorizations decide); nobody else is shown the filter.
    String concerns = ensure(CASES_OF_CONCERN, 10, "#7a3e9d",
        "Inadequate evaluations: responses, review meetings and monthly progress reviews",
        taskService.createTaskQuery().processDefinitionKey("case-of-concern"));
    for (StaffGroup group : List.of(StaffGroup.PRACTICE_MANAGERS, StaffGroup.AUDIT_TEAM)) {
      grantRead(concerns, group);
    }
  }

  /** Lets a group see one filter (idempotent). */
  void grantRead(String filterId, StaffGroup group) {
    boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(group.id())
        .resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
    if (!granted) {
      Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group.id());
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filterId);
      authorization.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(authorization);
    }
  }

  /**
   * Tasks assigned to the person, or offered to one of their groups whether or not someone holds them. The
   * processes give a group's task to a named person at once (the audit manager, say) and offer it to the group as
   * well, so that a colleague can see it and cover: without assigned tasks a group's filter would stay empty.
   */
  private TaskQuery mineOrMyGroups() {
    return taskService.createTaskQuery()
        .or().taskAssigneeExpression(ME).taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks().endOr();
  }

  /** Creates the filter when no filter of that name exists; returns its id. */
  public String ensure(String name, int priority, String color, String description, TaskQuery query) {
    Filter existing = filterService.createTaskFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing.getId();
    }
    TaskQuery sorted = query.orderByDueDate().asc().orderByTaskCreateTime().asc();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", CARD_VARIABLES);
    Filter filter = filterService.newTaskFilter(name).setQuery(sorted).setProperties(properties);
    filterService.saveFilter(filter);
    LOG.info("Created Tasklist filter '{}'", name);
    return filter.getId();
  }
}
