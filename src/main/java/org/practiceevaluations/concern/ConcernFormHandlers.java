package org.practiceevaluations.concern;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.forms.FormAnswers.When;
import org.practiceevaluations.forms.FormAnswers;
import org.practiceevaluations.forms.FormHandler;
import org.practiceevaluations.evaluation.forms.FormSupport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The forms of a case of concern (docs/guide.md, "Cases of concern"). */
@Configuration
public class ConcernFormHandlers {

  private final Concerns concerns;
  private final FormSupport support;

  public ConcernFormHandlers(Concerns concerns, FormSupport support) {
    this.concerns = concerns;
    this.support = support;
  }

  private Map<String, Object> facts(DelegateTask task) {
    Evaluation e = support.evaluation(task);
    CaseOfConcern concern = concerns.get((String) task.getVariable(CONCERN_REFERENCE.name()));
    Map<String, Object> values = new HashMap<>(support.caseFacts(e));
    values.put("concernReferenceText", concern.getReference());
    values.put("actionList", support.actionRows(e, false));
    values.put("responseDueText", support.day(((java.util.Date) task.getVariable(RESPONSE_DUE_DATE.name())).toInstant()));
    values.put("reviewMeetingDueText",
        support.day(((java.util.Date) task.getVariable(REVIEW_MEETING_DUE_DATE.name())).toInstant()));
    Object reviewDue = task.getVariable(PROGRESS_REVIEW_DUE_DATE.name());
    values.put("progressReviewDueText",
        reviewDue instanceof java.util.Date date ? support.day(date.toInstant()) : "the end of the week");
    values.put("reAuditStatusText", concern.getReAuditEvaluationReference() == null
        ? "The re-audit is due by " + support.day(concern.getReAuditDueOn()) + "."
        : "The re-audit is " + concern.getReAuditEvaluationReference() + ", due by "
            + support.day(concern.getReAuditDueOn()) + ".");
    values.put("responseShown", concern.getResponseActions() == null ? "" : "Actions taken: "
        + concern.getResponseActions() + "\n\nResponse to the findings: " + concern.getResponseToFindings());
    return values;
  }

  private String concern(DelegateTask task) {
    return (String) task.getVariable(CONCERN_REFERENCE.name());
  }

  @Bean
  FormHandler practiceManagerResponse() {
    return new FormHandler() {
      public String formId() {
        return "practice-manager-response";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        return facts(task);
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        String actions = answers.text("responseActions", "The actions taken so far", true);
        String response = answers.text("responseToFindings", "Your response to the findings", true);
        answers.throwIfInvalid();
        concerns.recordResponse(concern(task), actions, response);
        return Map.of();
      }
    };
  }

  @Bean
  FormHandler concernReviewMeeting() {
    return new FormHandler() {
      public String formId() {
        return "concern-review-meeting";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        return facts(task);
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        LocalDate on = answers.date("reviewMeetingOn", "The date of the meeting", true, When.PAST_OR_TODAY);
        String attendees = answers.text("reviewAttendees", "Who attended", true, 2000);
        String outcome = answers.text("reviewOutcome", "The outcome of the review", true);
        answers.throwIfInvalid();
        concerns.recordReviewMeeting(concern(task), on, attendees, outcome);
        return Map.of();
      }
    };
  }

  @Bean
  FormHandler concernProgressReview() {
    return new FormHandler() {
      public String formId() {
        return "concern-progress-review";
      }

      public Map<String, Object> prepare(DelegateTask task) {
        return facts(task);
      }

      public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
        LocalDate on = answers.date("reviewedOn", "The date of the review", true, When.PAST_OR_TODAY);
        String progress = answers.text("progress", "The progress since the last review", true);
        Boolean onTrack = answers.yesNo("onTrack", "Is the plan on track?", true);
        Boolean sustained = answers.yesNo("improvementSustained",
            "Has the improvement in practice held since the last review?", true);
        answers.throwIfInvalid();
        concerns.addProgressReview(concern(task), on, support.actor(task), progress, onTrack, sustained);
        // read by the decision concern-outcome (docs/guide.md, "Cases of concern")
        return Map.of(IMPROVEMENT_SUSTAINED.name(), sustained);
      }
    };
  }
}
