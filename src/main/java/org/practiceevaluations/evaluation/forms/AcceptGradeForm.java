package org.practiceevaluations.evaluation.forms;

import org.practiceevaluations.forms.FormHandler;
import org.practiceevaluations.forms.FormAnswers;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.practiceevaluations.catalogue.Grade;
import org.springframework.stereotype.Component;

/**
 * "Say whether the team accepts the grade" (docs/guide.md, "A disputed grade"): once the evaluation has reached it,
 * the team may dispute an unmoderated evaluation's grade within the time evaluation-deadlines gives it.
 */
@Component
public class AcceptGradeForm implements FormHandler {

  private final FormSupport support;
  private final EvaluationLifecycle lifecycle;

  public AcceptGradeForm(FormSupport support, EvaluationLifecycle lifecycle) {
    this.support = support;
    this.lifecycle = lifecycle;
  }

  @Override
  public String formId() {
    return "accept-grade";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    Evaluation e = support.evaluation(task);
    Map<String, Object> values = GradeFacts.of(support, e);
    values.put("sharedText", support.day(e.dates().sharedAt()));
    Date end = DISPUTE_WINDOW_END_DATE.get(task);
    values.put("disputeWindowEndText", end != null ? support.day(end.toInstant()) : "the date on this task");
    return values;
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    Evaluation e = support.evaluation(task);
    Boolean accepts = answers.yesNo("teamAcceptsGrade", "Does the team accept the grade?", true);
    boolean disputes = Boolean.FALSE.equals(accepts);
    Grade view = answers.grade("teamViewOfGrade", "the grade the team thinks is right", disputes);
    String reason = answers.text("teamViewReason", "The team's reasons", disputes);
    if (disputes && view != null && view == e.grades().finalGrade()) {
      answers.problem("The grade the team thinks is right is the grade it received: choose another, or say the "
          + "team accepts it.");
    }
    answers.throwIfInvalid();
    Map<String, Object> routing = new HashMap<>();
    TEAM_DISPUTES_GRADE.put(routing, disputes);
    if (disputes) {
      e.recordDisputeAfterSharing(support.actor(task), view, reason, support.now());
      DISPUTE_DUE_DATE.put(routing, Deadlines.toDate(lifecycle.disputeAfterSharingDue(DEADLINES.get(task))));
    }
    return routing;
  }
}
