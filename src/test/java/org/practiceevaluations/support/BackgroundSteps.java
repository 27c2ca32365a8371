package org.practiceevaluations.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * What the job executor would do, in tests that keep it off: run every asynchronous step that is ready (not
 * timers), again and again until none is left. Steps that keep coming fail the test: a loop in a model, or a step
 * that fails and is retried, must not pass as settled.
 */
public final class BackgroundSteps {

  private static final int ROUNDS = 50;

  private BackgroundSteps() {}

  public static void run(ManagementService managementService) {
    for (int round = 0; round < ROUNDS; round++) {
      List<Job> jobs = managementService.createJobQuery().messages().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new AssertionError("Asynchronous steps were still ready after " + ROUNDS + " rounds: a loop in a model?");
  }
}
