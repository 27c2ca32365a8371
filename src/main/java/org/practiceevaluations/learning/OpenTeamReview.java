package org.practiceevaluations.learning;

import static org.practiceevaluations.common.ProcessVariables.text;
import static org.practiceevaluations.learning.TeamReviewProcess.Vars.AUDIT_MANAGER;
import static org.practiceevaluations.learning.TeamReviewProcess.Vars.MEETING_DUE_DATE;
import static org.practiceevaluations.learning.TeamReviewProcess.Vars.OPENED_BY;
import static org.practiceevaluations.learning.TeamReviewProcess.Vars.REVIEW_REASON;
import static org.practiceevaluations.learning.TeamReviewProcess.Vars.REVIEW_REFERENCE;
import static org.practiceevaluations.learning.TeamReviewProcess.Vars.TEAM_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.forms.StartAnswers;
import org.springframework.stereotype.Component;

/**
 * {@code ${openTeamReview}} (team review): "Record the review and when the meeting is due". A start form naming a
 * team badly refuses the start, saying why.
 */
@Component("openTeamReview")
public class OpenTeamReview implements JavaDelegate {

  private final TeamReviews teamReviews;
  private final TeamDirectory directory;
  private final StartAnswers startAnswers;

  public OpenTeamReview(TeamReviews teamReviews, TeamDirectory directory, StartAnswers startAnswers) {
    this.teamReviews = teamReviews;
    this.directory = directory;
    this.startAnswers = startAnswers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TeamReview review;
    try {
      review = teamReviews.open(text(execution, TEAM_CODE.name()), startAnswers.take(execution, REVIEW_REASON.name()),
          text(execution, OPENED_BY.name()), execution.getProcessInstanceId());
    } catch (IllegalArgumentException e) {
      throw new FormFieldValidationException(TEAM_CODE.name(), "The team review was not started: " + e.getMessage());
    }
    execution.setProcessBusinessKey(review.getReference());
    REVIEW_REFERENCE.set(execution, review.getReference());
    TEAM_CODE.set(execution, review.getTeamCode());
    MEETING_DUE_DATE.set(execution, Deadlines.toDate(review.getMeetingDueAt()));
    AUDIT_MANAGER.set(execution, directory.auditManager());
  }
}
