package org.practiceevaluations.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.practiceevaluations.common.BadRequestException;
import org.practiceevaluations.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts on the server (docs/guide.md, "Saving a draft"; ADR 0021): Tasklist's Save keeps a person's half-done form
 * here, against the task and the person; opening the task again, on any computer, offers it back with when it was
 * saved; it is deleted when the task completes or goes away. A person keeps drafts only of tasks the engine lets
 * them see (their own, their groups', the audit team's every task) and reads only their own: anything else is
 * answered as "no such task", so a refusal tells nothing.
 */
@Service
public class FormDrafts {

  /** The longest draft kept (characters of JSON): fifteen sections of 20,000 characters fit easily. */
  public static final int MAX_SIZE = 1_000_000;
  static final String NO_TASK = "No open task %s of yours.";

  private final FormDraftRepository drafts;
  private final TaskService taskService;
  private final Clock clock;
  private final ObjectMapper json;

  public FormDrafts(FormDraftRepository drafts, TaskService taskService, Clock clock, ObjectMapper json) {
    this.json = json;
    this.drafts = drafts;
    this.taskService = taskService;
    this.clock = clock;
  }

  /** A draft as the browser gets it back: when it was saved, and the form's data as saved. */
  public record Draft(String taskId, String taskKey, java.time.Instant savedAt, JsonNode data) {}

  /** The person's draft of the task, if they kept one. */
  @Transactional(readOnly = true)
  public Optional<Draft> find(String taskId, String userId) {
    visibleTask(taskId);
    return drafts.findByTaskIdAndUserId(taskId, userId).map(this::draft);
  }

  /** Keeps (or replaces) the person's draft of the task: the form's data as a JSON object. */
  @Transactional
  public Draft save(String taskId, String userId, JsonNode data) {
    Task task = visibleTask(taskId);
    if (data == null || !data.isObject()) {
      throw new BadRequestException("A draft is the form's data: one JSON object, as Tasklist saves it.");
    }
    String content = data.toString();
    if (content.length() > MAX_SIZE) {
      throw new BadRequestException("The draft is longer than " + MAX_SIZE + " characters; nothing was saved.");
    }
    FormDraft draft = drafts.findByTaskIdAndUserId(taskId, userId).orElseGet(() -> new FormDraft(taskId, userId));
    draft.save(task.getTaskDefinitionKey(), content, clock.instant());
    return draft(drafts.save(draft));
  }

  /** Discards the person's draft of the task (they chose to start afresh). */
  @Transactional
  public void discard(String taskId, String userId) {
    visibleTask(taskId);
    drafts.findByTaskIdAndUserId(taskId, userId).ifPresent(drafts::delete);
  }

  /** Every draft of a task, whoever kept it: the task completed or went away (the engine's own listener). */
  @Transactional
  public void forget(String taskId) {
    drafts.deleteByTaskId(taskId);
  }

  /** The task as the logged-in person may see it; otherwise the same "no such task" for every reason. */
  private Task visibleTask(String taskId) {
    Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException(String.format(NO_TASK, taskId));
    }
    return task;
  }

  private Draft draft(FormDraft d) {
    try {
      return new Draft(d.getTaskId(), d.getTaskKey(), d.getSavedAt(), json.readTree(d.getContent()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("A kept draft is not JSON", e);
    }
  }
}
