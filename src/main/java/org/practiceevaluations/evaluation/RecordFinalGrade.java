package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record the final grade": the grade as the tables settled it routes what follows; an inadequate one first waits for
 * the auditor's conversation with the team (docs/guide.md, "The practice evaluation": no surprises), due soon.
 */
@Component("recordFinalGrade")
public class RecordFinalGrade implements JavaDelegate {

  private final EvaluationLifecycle lifecycle;
  private final ProcessEvaluations processEvaluations;

  public RecordFinalGrade(EvaluationLifecycle lifecycle, ProcessEvaluations processEvaluations) {
    this.lifecycle = lifecycle;
    this.processEvaluations = processEvaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EvaluationLifecycle.FinalGrade grade = lifecycle.recordFinalGrade(processEvaluations.referenceOf(execution),
        DEADLINES.get(execution));
    FINAL_GRADE.set(execution, grade.grade().code());
    if (grade.speakToTeamDue() != null) {
      SPEAK_TO_TEAM_DUE_DATE.set(execution, Deadlines.toDate(grade.speakToTeamDue()));
      SPEAK_TO_TEAM_OVERDUE_CYCLE.set(execution, grade.speakToTeamOverdueCycle());
    }
  }
}
