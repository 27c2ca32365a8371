package org.practiceevaluations.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The test-only process {@code bpmn/notification-test.bpmn}: its key, element ids and variables, and the steps
 * the tests take with it (start, run the notification job, fire the weekly timer, loop).
 */
final class NotificationTestProcess {

  static final String KEY = "notification-test";
  static final String RESOURCE = "bpmn/notification-test.bpmn";
  static final String TASK_NOTIFY = "Task_Notify";
  static final String TASK_NOTIFY_REPEAT = "Task_NotifyRepeat";
  static final String TASK_REVIEW = "Task_Review";
  static final String TIMER_REPEAT = "Timer_Repeat";
  static final String TEMPLATE_KEY = "templateKey";
  static final String REVIEWER = "reviewer";
  static final String AGAIN = "again";

  private final ProcessEngine engine;

  NotificationTestProcess(ProcessEngine engine) {
    this.engine = engine;
    engine.getRepositoryService().createDeployment().name("notification-test").enableDuplicateFiltering(false)
        .addClasspathResource(RESOURCE).deploy();
  }

  /** Starts the process; the notification waits as an asynchronous job. */
  ProcessInstance start(String templateKey, Map<String, Object> variables) {
    Map<String, Object> all = new HashMap<>(variables);
    all.put(TEMPLATE_KEY, templateKey);
    all.putIfAbsent(REVIEWER, "bowen");
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, all);
  }

  ProcessInstance startAbout(String templateKey, String evaluationReference) {
    return start(templateKey, Map.of("evaluationReference", evaluationReference));
  }

  /** The waiting job of a notification task (asyncBefore). */
  Job job(ProcessInstance instance, String activityId) {
    List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).list();
    if (jobs.size() != 1) {
      throw new AssertionError("Expected one job at " + activityId + " but found " + jobs.size());
    }
    return jobs.get(0);
  }

  /** Runs the notification job of {@link #TASK_NOTIFY} (throws what the job throws). */
  void sendNotification(ProcessInstance instance) {
    engine.getManagementService().executeJob(job(instance, TASK_NOTIFY).getId());
  }

  /** Fires the weekly timer on the review task, then runs the notification it starts. */
  void fireWeeklyTimerAndSend(ProcessInstance instance) {
    engine.getManagementService().executeJob(job(instance, TIMER_REPEAT).getId());
    engine.getManagementService().executeJob(job(instance, TASK_NOTIFY_REPEAT).getId());
  }

  Task reviewTask(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_REVIEW).singleResult();
  }

  /** Completes the review: {@code again} loops back through the notification task. */
  void completeReview(ProcessInstance instance, boolean again) {
    engine.getTaskService().complete(reviewTask(instance).getId(), Map.of(AGAIN, again));
  }
}
