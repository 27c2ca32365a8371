package org.practiceevaluations.concern;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.practiceevaluations.notification.NotificationTemplate;
import org.practiceevaluations.notification.NotificationTexts;
import org.springframework.stereotype.Component;

/**
 * What the practice manager wrote on a case of concern (their response, the latest monthly review), for the mails that
 * tell the audit manager of them: read from the concern's tables, never carried as process variables. A minimal mail
 * quotes none of it (ADR 0018).
 */
@Component
class ConcernTexts implements NotificationTexts {

  static final String RESPONSE_ACTIONS = "concernResponseActions";
  static final String RESPONSE_TO_FINDINGS = "concernResponseToFindings";
  static final String LATEST_REVIEW_ON = "concernLatestReviewOn";
  static final String LATEST_REVIEW_PROGRESS = "concernLatestReviewProgress";
  static final String LATEST_REVIEW_ON_TRACK = "concernLatestReviewOnTrack";
  static final String LATEST_REVIEW_SUSTAINED = "concernLatestReviewSustained";

  private final CaseOfConcernRepository concerns;

  ConcernTexts(CaseOfConcernRepository concerns) {
    this.concerns = concerns;
  }

  @Override
  public Set<NotificationTemplate> templates() {
    return Set.of(NotificationTemplate.PRACTICE_MANAGER_RESPONSE_RECEIVED, NotificationTemplate.PROGRESS_REVIEW_RECEIVED);
  }

  @Override
  public Set<String> names() {
    return Set.of(RESPONSE_ACTIONS, RESPONSE_TO_FINDINGS, LATEST_REVIEW_ON, LATEST_REVIEW_PROGRESS, LATEST_REVIEW_ON_TRACK,
        LATEST_REVIEW_SUSTAINED);
  }

  @Override
  public Map<String, Object> texts(String processInstanceId) {
    Map<String, Object> texts = new HashMap<>();
    concerns.findByProcessInstanceId(processInstanceId).ifPresent(concern -> {
      if (concern.getResponseActions() != null) {
        texts.put(RESPONSE_ACTIONS, concern.getResponseActions());
        texts.put(RESPONSE_TO_FINDINGS, concern.getResponseToFindings());
      }
      concern.latestProgressReview().ifPresent(review -> {
        texts.put(LATEST_REVIEW_ON, review.getReviewedOn());
        texts.put(LATEST_REVIEW_PROGRESS, review.getProgress());
        texts.put(LATEST_REVIEW_ON_TRACK, review.isOnTrack());
        if (review.getImprovementSustained() != null) {
          texts.put(LATEST_REVIEW_SUSTAINED, review.getImprovementSustained());
        }
      });
    });
    return texts;
  }
}
