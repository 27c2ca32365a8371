package org.practiceevaluations.concern;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.CONCERN_REFERENCE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.PROGRESS_REVIEW_DUE_DATE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.RESPONSE_DUE_DATE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.REVIEW_MEETING_DUE_DATE;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.springframework.stereotype.Component;

/** What every form of a case of concern shows: the case, the actions, the concern's dates and the response so far. */
@Component
class ConcernFormFacts {

  private final Concerns concerns;
  private final FormSupport support;

  ConcernFormFacts(Concerns concerns, FormSupport support) {
    this.concerns = concerns;
    this.support = support;
  }

  Map<String, Object> of(DelegateTask task) {
    Evaluation e = support.evaluation(task);
    CaseOfConcern concern = concerns.get(CONCERN_REFERENCE.get(task));
    Map<String, Object> values = new HashMap<>(support.caseFacts(e));
    values.put("concernReferenceText", concern.getReference());
    values.put("actionList", support.actionRows(e, false));
    values.put("responseDueText", support.day(RESPONSE_DUE_DATE.require(task).toInstant()));
    values.put("reviewMeetingDueText", support.day(REVIEW_MEETING_DUE_DATE.require(task).toInstant()));
    Date reviewDue = PROGRESS_REVIEW_DUE_DATE.get(task);
    values.put("progressReviewDueText", reviewDue != null ? support.day(reviewDue.toInstant()) : "the end of the week");
    values.put("reAuditStatusText", concern.getReAuditEvaluationReference() == null
        ? "The re-audit is due by " + support.day(concern.getReAuditDueOn()) + "."
        : "The re-audit is " + concern.getReAuditEvaluationReference() + ", due by "
            + support.day(concern.getReAuditDueOn()) + ".");
    values.put("responseShown", concern.getResponseActions() == null ? "" : "Actions taken: "
        + concern.getResponseActions() + "\n\nResponse to the findings: " + concern.getResponseToFindings());
    return values;
  }
}
