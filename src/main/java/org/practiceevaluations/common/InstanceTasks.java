package org.practiceevaluations.common;

import java.util.List;
import org.camunda.bpm.engine.task.Task;

/**
 * The open tasks of one process instance, newest first, read without the authorization and tenant clauses of a
 * {@code TaskQuery}: the steps that ask (where a mail points its reader) run as the application, in the job's own
 * engine command, and look for the reader's task whoever's rights the command runs with.
 *
 * <p>The engine adapter implements it ({@code org.practiceevaluations.engine.EngineInstanceTasks}): inside an
 * engine command it reads the instance's tasks by their one indexed column, a fixed statement; outside one it asks
 * a {@code TaskQuery}. The capabilities never touch the engine's internals (docs/adr/0028).
 */
public interface InstanceTasks {

  /** The instance's active (not suspended) tasks, the most recently created first. */
  List<Task> open(String processInstanceId);
}
