package org.practiceevaluations.learning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.evaluation.Deadlines;
import org.springframework.stereotype.Component;

/**
 * {@code ${startTeamReviews}} (the schedule): "Invite teams with frequent low grades to a review meeting" (the
 * decision table team-review-rules).
 */
@Component("startTeamReviews")
public class StartTeamReviews implements JavaDelegate {

  private final TeamReviews teamReviews;
  private final Deadlines deadlines;

  public StartTeamReviews(TeamReviews teamReviews, Deadlines deadlines) {
    this.teamReviews = teamReviews;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    teamReviews.startReviews(deadlines.now());
  }
}
