package org.practiceevaluations.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.springframework.stereotype.Service;

/**
 * The evaluation's own process may be waiting for the team's progress update ("update-actions"), due by the earliest
 * open action: a QA meeting's further deadline moves that date, so the task and its variable follow it.
 */
@Service
public class ActionsUpdateTask {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final Deadlines deadlines;
  private final Clock clock;

  public ActionsUpdateTask(TaskService taskService, RuntimeService runtimeService, Deadlines deadlines, Clock clock) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** Moves the evaluation's waiting update task, if any, to its earliest open action's date. */
  public void followEarliestOpenAction(Evaluation evaluation) {
    if (evaluation.getProcessInstanceId() == null) {
      return;
    }
    Instant next = evaluation.openActions().stream().map(EvaluationAction::getDueOn).min(Comparator.naturalOrder())
        .map(d -> deadlines.dueAfter(d.atStartOfDay(clock.getZone()).toInstant(), "P0D")).orElse(null);
    if (next == null) {
      return;
    }
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(evaluation.getProcessInstanceId())
        .taskDefinitionKey(PracticeEvaluationProcess.Elements.UPDATE_ACTIONS).list();
    for (Task task : tasks) {
      task.setDueDate(Deadlines.toDate(next));
      taskService.saveTask(task);
      Map<String, Object> variables = new HashMap<>();
      PracticeEvaluationProcess.Vars.NEXT_ACTION_DUE_DATE.put(variables, Deadlines.toDate(next));
      runtimeService.setVariables(evaluation.getProcessInstanceId(), variables);
    }
  }
}
