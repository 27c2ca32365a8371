package org.practiceevaluations.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An evaluation of demo case C104977 (Family Safeguarding Team 1, team manager {@code nadeyemi}) waiting at the
 * team manager's first task, "Discuss the evaluation at case-management supervision".
 */

public class SsoFixtures {

  public static final String CHILD = "C104977";
  public static final String TEAM_MANAGER = "nadeyemi";

  private final EvaluationFixtures fixtures;
  private final RuntimeService runtimeService;
  private final EvaluationRepository evaluations;
  private final TransactionTemplate tx;

  public SsoFixtures(EvaluationFixtures fixtures, RuntimeService runtimeService, EvaluationRepository evaluations,
      TransactionTemplate tx) {
    this.fixtures = fixtures;
    this.runtimeService = runtimeService;
    this.evaluations = evaluations;
    this.tx = tx;
  }

  /** The evaluation's reference and its process, at the team manager's supervision task. */
  public record AtSupervision(String reference, ProcessInstance process) {}

  public AtSupervision evaluationAtSupervision() {
    String reference = fixtures.completed(CHILD, "pmurphy", Grade.GOOD, null, null);
    Date caseNoteDue = Date.from(Instant.now().plus(28, ChronoUnit.DAYS));
    ProcessInstance process = runtimeService.createProcessInstanceByKey(PracticeEvaluationProcess.KEY)
        .businessKey(reference)
        .setVariables(Map.of(
            PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE.name(), reference,
            PracticeEvaluationProcess.Vars.TEAM_MANAGER.name(), TEAM_MANAGER,
            PracticeEvaluationProcess.Vars.CASE_NOTE_DUE_DATE.name(), caseNoteDue,
            PracticeEvaluationProcess.Vars.CASE_NOTE_REMINDER_DATE.name(), Date.from(Instant.now().plus(21, ChronoUnit.DAYS))))
        .startBeforeActivity(PracticeEvaluationProcess.Elements.SUPERVISION_DISCUSSION)
        .execute();
    tx.executeWithoutResult(status -> evaluations.findByReference(reference).orElseThrow().linkProcess(process.getId()));
    return new AtSupervision(reference, process);
  }
}
