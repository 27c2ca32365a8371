package org.practiceevaluations.learning;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.practiceevaluations.notification.NotificationTemplate;
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
  public Set<NotificationTemplate> templates() {
    return Set.of(NotificationTemplate.TEAM_REVIEW_INVITATION, NotificationTemplate.TEAM_REVIEW_ACTION_PLAN);
  }

  @Override
  public Set<String> names() {
    return Set.of(TeamReviewProcess.Vars.REASON.name(), TeamReviewProcess.Vars.TEAM_LEARNING_TEXT.name(),
        TeamReviewProcess.Vars.ACTION_PLAN_TEXT.name());
  }

  @Override
  public Map<String, Object> texts(String processInstanceId) {
    Map<String, Object> texts = new HashMap<>();
    reviews.findByProcessInstanceId(processInstanceId).ifPresent(review -> {
      if (review.getReason() != null) {
        TeamReviewProcess.Vars.REASON.put(texts, review.getReason());
      }
      if (review.getTeamLearning() != null) {
        TeamReviewProcess.Vars.TEAM_LEARNING_TEXT.put(texts, review.getTeamLearning());
        TeamReviewProcess.Vars.ACTION_PLAN_TEXT.put(texts, teamReviews.actionPlanText(review.getReference()));
      }
    });
    return texts;
  }
}
