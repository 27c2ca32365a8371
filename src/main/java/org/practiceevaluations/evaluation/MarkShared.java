package org.practiceevaluations.evaluation;

import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

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
  public void execute(DelegateExecution execution) {
    EvaluationLifecycle.Sharing sharing = lifecycle.markShared(processEvaluations.referenceOf(execution),
        DEADLINES.get(execution));
    CASE_NOTE_DUE_DATE.set(execution, Deadlines.toDate(sharing.caseNoteDue()));
    CASE_NOTE_REMINDER_DATE.set(execution, Deadlines.toDate(sharing.caseNoteReminder()));
    OPEN_ACTION_COUNT.set(execution, sharing.openActions());
    NEXT_ACTION_DUE_DATE.set(execution, Deadlines.toDate(sharing.nextActionDue()));
    DISPUTE_WINDOW_END_DATE.set(execution, Deadlines.toDate(sharing.disputeWindowEnd()));
  }
}
