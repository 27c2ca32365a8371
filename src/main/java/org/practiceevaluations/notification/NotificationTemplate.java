package org.practiceevaluations.notification;

import org.practiceevaluations.common.StepFailure;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every e-mail the processes send, by the key a BPMN service task names in its {@code template} input parameter.
 * Each key has an HTML and a plain-text Thymeleaf template under {@code templates/mail/} and rows in the
 * decision table {@code processes/notification-recipients.dmn} saying who receives it.
 */
public enum NotificationTemplate {
  EVALUATION_ALLOCATED("evaluation-allocated", true),
  EVALUATION_REMINDER("evaluation-reminder", true),
  EVALUATION_OVERDUE("evaluation-overdue", true),
  FIRST_EVALUATION_SUBMITTED("first-evaluation-submitted", true),
  MODERATION_OVERDUE("moderation-overdue", true),
  MODERATION_DISCREPANCY("moderation-discrepancy", true),
  SAFETY_ESCALATION("safety-escalation", true),
  SAFETY_ESCALATION_CONFIRMED("safety-escalation-confirmed", true),
  SAFETY_ESCALATION_OVERDUE("safety-escalation-overdue", true),
  GRADE_DISPUTE_REFERRED("grade-dispute-referred", true),
  EVALUATION_SHARED("evaluation-shared", true),
  EVALUATION_REVISED("evaluation-revised", true),
  CONCERN_CLOSED_GRADE_REVISED("concern-closed-grade-revised", true),
  INADEQUATE_GRADE("inadequate-grade", true),
  SPEAK_TO_TEAM_OVERDUE("speak-to-team-overdue", true),
  CASE_NOTE_REMINDER("case-note-reminder", true),
  CASE_NOTE_OVERDUE("case-note-overdue", true),
  ACTIONS_REMINDER("actions-reminder", true),
  INADEQUATE_EVALUATION_CIRCULATED("inadequate-evaluation-circulated", true),
  PRACTICE_MANAGER_RESPONSE_DUE("practice-manager-response-due", true),
  PRACTICE_MANAGER_RESPONSE_OVERDUE("practice-manager-response-overdue", true),
  PRACTICE_MANAGER_RESPONSE_RECEIVED("practice-manager-response-received", true),
  REVIEW_MEETING_DUE("review-meeting-due", true),
  MONTHLY_REVIEW_DUE("monthly-review-due", true),
  MONTHLY_REVIEW_OVERDUE("monthly-review-overdue", true),
  PROGRESS_REVIEW_RECEIVED("progress-review-received", true),
  RE_AUDIT_DUE("re-audit-due", true),
  REQUEST_ACCEPTED("request-accepted", false),
  REQUEST_DECLINED("request-declined", false),
  QUARTERLY_REPORT("quarterly-report", false),
  LEARNING_NEEDS_SUMMARY("learning-needs-summary", false),
  TEAM_REVIEW_INVITATION("team-review-invitation", false),
  TEAM_REVIEW_ACTION_PLAN("team-review-action-plan", false),
  QA_MEETING_PACK("qa-meeting-pack", false),
  FURTHER_DEADLINE_REMINDER("further-deadline-reminder", true),
  FURTHER_DEADLINE_MISSED("further-deadline-missed", true),
  QUARTERLY_REPORT_REVIEW_OVERDUE("quarterly-report-review-overdue", false),
  CHANGE_AUDIT_OVERDUE("change-audit-overdue", false);

  private final String key;
  private final boolean aboutAnEvaluation;

  NotificationTemplate(String key, boolean aboutAnEvaluation) {
    this.key = key;
    this.aboutAnEvaluation = aboutAnEvaluation;
  }

  public String key() {
    return key;
  }

  /** True when the mail is about one evaluation: the process must carry {@code evaluationReference}. */
  public boolean aboutAnEvaluation() {
    return aboutAnEvaluation;
  }

  public static Optional<NotificationTemplate> byKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }

  /** The template for a key, or a {@link NotificationException} listing the keys there are. */
  public static NotificationTemplate require(String key, String activityId) {
    if (key == null || key.isBlank()) {
      throw new NotificationException(StepFailure.MAIL_TEMPLATE_UNKNOWN.say("The notification task " + activityId
          + " has no 'template' input parameter. Name one of: " + allKeys() + "."));
    }
    return byKey(key.trim()).orElseThrow(() -> new NotificationException(StepFailure.MAIL_TEMPLATE_UNKNOWN.say(
        "Unknown notification template '" + key + "' on " + activityId + ". Known templates: " + allKeys() + ".")));
  }

  public static String allKeys() {
    return Arrays.stream(values()).map(NotificationTemplate::key).collect(Collectors.joining(", "));
  }
}
