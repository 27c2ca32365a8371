package org.practiceevaluations.learning;

import java.util.HashMap;
import java.util.Map;
import org.practiceevaluations.notification.NotificationTexts;
import org.springframework.stereotype.Component;

/** Why a team is invited to a review meeting, and what the meeting decided, for the team review's mails. */
@Component
class TeamReviewTexts implements NotificationTexts {

  private final TeamReviewRepository reviews;
  private final TeamReviews teamReviews;

  TeamReviewTexts(TeamReviewRepository reviews, TeamReviews teamReviews) {
    this.reviews = reviews;
    this.teamReviews = teamReviews;
  }

  @Override
  public Map<String, Object> texts(String processInstanceId) {
    Map<String, Object> texts = new HashMap<>();
    reviews.findByProcessInstanceId(processInstanceId).ifPresent(review -> {
      if (review.getReason() != null) {
        texts.put(TeamReviewProcess.Vars.REASON.name(), review.getReason());
      }
      if (review.getTeamLearning() != null) {
        texts.put(TeamReviewProcess.Vars.TEAM_LEARNING_TEXT.name(), review.getTeamLearning());
        texts.put(TeamReviewProcess.Vars.ACTION_PLAN_TEXT.name(), teamReviews.actionPlanText(review.getReference()));
      }
    });
    return texts;
  }
}
