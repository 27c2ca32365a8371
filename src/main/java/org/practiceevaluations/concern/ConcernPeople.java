package org.practiceevaluations.concern;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.AUDITOR;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.CHILD_REFERENCE;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.HEAD_OF_SERVICE;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.PRACTICE_MANAGER;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.SOCIAL_WORKER;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.TEAM_CODE;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.TEAM_MANAGER;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.TEAM_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.practiceevaluations.evaluation.Evaluation;

/** The people of the evaluation a concern follows, as the concern's mails and tasks read them. */
final class ConcernPeople {

  private ConcernPeople() {}

  /** Sets the child, the auditor, the managers, the social worker and the team of {@code evaluation}. */
  static void setFrom(DelegateExecution execution, Evaluation evaluation) {
    CHILD_REFERENCE.set(execution, evaluation.getChildReference());
    AUDITOR.set(execution, evaluation.people().auditor());
    PRACTICE_MANAGER.set(execution, evaluation.people().practiceManager());
    TEAM_MANAGER.set(execution, evaluation.people().teamManager());
    SOCIAL_WORKER.set(execution, evaluation.people().socialWorker());
    HEAD_OF_SERVICE.set(execution, evaluation.people().headOfService());
    TEAM_NAME.set(execution, evaluation.getTeam().getName());
    TEAM_CODE.set(execution, evaluation.getTeam().getCode());
  }
}
