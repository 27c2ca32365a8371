package org.practiceevaluations.support;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/**
 * What the job executor would do, in tests that keep it off: run every asynchronous step that is ready (not
 * timers), again and again until none is left. Steps that keep coming fail the test: a loop in a model, or a step
 * that fails and is retried, must not pass as settled.
 */
public final class BackgroundSteps {

  private static final int ROUNDS = 50;

  private BackgroundSteps() {}

  /** Every asynchronous step that is ready, in every process. */
  public static void run(ManagementService managementService) {
    run(managementService, () -> managementService.createJobQuery().messages().executable());
  }

  /** The asynchronous steps that are ready in one process instance. */
  public static void run(ManagementService managementService, String processInstanceId) {
    run(managementService, () -> managementService.createJobQuery().processInstanceId(processInstanceId).messages()
        .executable());
  }

  /** The jobs {@code ready} finds, until it finds none; fails when they are still there after many rounds. */
  public static void run(ManagementService managementService, Supplier<JobQuery> ready) {
    for (int round = 0; round < ROUNDS; round++) {
      List<Job> jobs = ready.get().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new AssertionError("Asynchronous steps were still ready after " + ROUNDS + " rounds: a loop in a model?");
  }
}
