package org.practiceevaluations.notification;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.practiceevaluations.common.BaseUrl;
import org.practiceevaluations.common.InstanceTasks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a mail points its reader: their own open task in the process instance in Tasklist when they have one,
 * otherwise Tasklist; the audit manager also gets the process instance in Cockpit.
 */
@Component
public class MailLinks {

  /** The links of one mail. {@code cockpitUrl} is null for everyone but the audit manager. */
  public record Links(String url, boolean task, String taskName, String cockpitUrl) {}

  private final TaskService taskService;
  private final InstanceTasks instanceTasks;
  private final BaseUrl baseUrl;
  private final String engineName;

  public MailLinks(TaskService taskService, InstanceTasks instanceTasks, BaseUrl baseUrl,
      @Value("${camunda.bpm.process-engine-name:default}") String engineName) {
    this.taskService = taskService;
    this.instanceTasks = instanceTasks;
    this.baseUrl = baseUrl;
    this.engineName = engineName;
  }

  /** The instance's open tasks, newest first: read once for all the recipients of one mail step. */
  public List<Task> openTasks(String processInstanceId) {
    return instanceTasks.open(processInstanceId);
  }

  /** The links for one recipient, given the instance's {@link #openTasks open tasks}. */
  public Links forRecipient(String processInstanceId, List<Task> open, Recipient recipient) {
    // Their own task first; otherwise one offered to them or to one of their groups (and not taken by another).
    // The instance's open tasks are few: the own task is found among them, and only when one of them is taken by
    // nobody is it asked whose groups it is offered to.
    List<Task> tasks = open.stream().filter(t -> recipient.userId().equals(t.getAssignee())).limit(1).toList();
    if (tasks.isEmpty() && open.stream().anyMatch(t -> t.getAssignee() == null)) {
      tasks = taskService.createTaskQuery().processInstanceId(processInstanceId)
          .taskCandidateUser(recipient.userId()).active().orderByTaskCreateTime().desc().listPage(0, 1);
    }
    String cockpit = recipient.has(RecipientRole.AUDIT_MANAGER) ? cockpitUrl(processInstanceId) : null;
    if (!tasks.isEmpty()) {
      return new Links(taskUrl(tasks.get(0).getId()), true, tasks.get(0).getName(), cockpit);
    }
    return new Links(tasklistUrl(), false, null, cockpit);
  }

  public String taskUrl(String taskId) {
    return tasklistUrl() + "#/?task=" + taskId;
  }

  public String tasklistUrl() {
    return baseUrl.to("/camunda/app/tasklist/" + engineName + "/");
  }

  public String cockpitUrl(String processInstanceId) {
    return baseUrl.to("/camunda/app/cockpit/" + engineName + "/#/process-instance/" + processInstanceId + "/runtime");
  }
}
