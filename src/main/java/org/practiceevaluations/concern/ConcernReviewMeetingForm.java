package org.practiceevaluations.concern;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.CONCERN_REFERENCE;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.practiceevaluations.evaluation.forms.FormAnswers;
import org.practiceevaluations.evaluation.forms.FormAnswers.When;
import org.practiceevaluations.evaluation.forms.FormHandler;
import org.springframework.stereotype.Component;

/** The form {@code concern-review-meeting}: when the review meeting was held, who came, and its outcome. */
@Component
public class ConcernReviewMeetingForm implements FormHandler {

  private final Concerns concerns;
  private final ConcernFormFacts facts;

  public ConcernReviewMeetingForm(Concerns concerns, ConcernFormFacts facts) {
    this.concerns = concerns;
    this.facts = facts;
  }

  @Override
  public String formId() {
    return "concern-review-meeting";
  }

  @Override
  public Map<String, Object> prepare(DelegateTask task) {
    return facts.of(task);
  }

  @Override
  public Map<String, Object> save(DelegateTask task, FormAnswers answers) {
    LocalDate on = answers.date("reviewMeetingOn", "The date of the meeting", true, When.PAST_OR_TODAY);
    String attendees = answers.text("reviewAttendees", "Who attended", true, 2000);
    String outcome = answers.text("reviewOutcome", "The outcome of the review", true);
    answers.throwIfInvalid();
    concerns.recordReviewMeeting(CONCERN_REFERENCE.get(task), on, attendees, outcome);
    return Map.of();
  }
}
