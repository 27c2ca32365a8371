package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start the team's follow-up": the evaluation is shared; the case note and the actions are now due. */
@Component("markShared")
public class MarkShared implements JavaDelegate {

  private final EvaluationLifecycle lifecycle;
  private final ProcessEvaluations processEvaluations;

  public MarkShared(EvaluationLifecycle lifecycle, ProcessEvaluations processEvaluations) {
    this.lifecycle = lifecycle;
    this.processEvaluations = processEvaluations;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    EvaluationLifecycle.Sharing sharing = lifecycle.markShared(processEvaluations.referenceOf(execution),
        (Map<String, Object>) execution.getVariable(DEADLINES.name()));
    execution.setVariable(CASE_NOTE_DUE_DATE.name(), Deadlines.toDate(sharing.caseNoteDue()));
    execution.setVariable(CASE_NOTE_REMINDER_DATE.name(), Deadlines.toDate(sharing.caseNoteReminder()));
    execution.setVariable(OPEN_ACTION_COUNT.name(), sharing.openActions());
    execution.setVariable(NEXT_ACTION_DUE_DATE.name(), Deadlines.toDate(sharing.nextActionDue()));
    execution.setVariable(DISPUTE_WINDOW_END_DATE.name(), Deadlines.toDate(sharing.disputeWindowEnd()));
  }
}
