package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.Map;
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
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    EvaluationLifecycle.FinalGrade grade = lifecycle.recordFinalGrade(processEvaluations.referenceOf(execution),
        (Map<String, Object>) execution.getVariable(DEADLINES.name()));
    execution.setVariable(FINAL_GRADE.name(), grade.grade().code());
    if (grade.speakToTeamDue() != null) {
      execution.setVariable(SPEAK_TO_TEAM_DUE_DATE.name(), Deadlines.toDate(grade.speakToTeamDue()));
      execution.setVariable(SPEAK_TO_TEAM_OVERDUE_CYCLE.name(), grade.speakToTeamOverdueCycle());
    }
  }
}
