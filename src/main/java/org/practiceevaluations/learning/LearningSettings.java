package org.practiceevaluations.learning;

import java.util.List;
import org.practiceevaluations.evaluation.Deadlines;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the learning from evaluations happens, and how long people have (docs/guide.md, "Learning from evaluations").
 * Bound from {@code practice-evaluations.learning.*}; a council changes these, not code. Crons are Quartz cron
 * expressions (the engine's timer cycles); durations ISO 8601.
 *
 * @param quarterlyReportCron when the quarterly report of the quarter just ended starts
 * @param themesWithin the audit manager's time to choose the themes and write the action plans
 * @param qaMeetingCron when each service area's QA meeting pack of the month just ended is prepared
 * @param qaMeetingWithin the practice manager's time to hold the meeting and record it
 * @param furtherDeadlineReminderBefore how long before a further deadline its reminder goes
 * @param teamReviewCron when the teams are checked for frequent low grades (the rule is the DMN table
 *     {@code team-review-rules})
 * @param teamReviewMeetingWithin the audit manager's time to hold a team's review meeting
 * @param learningNeedsCron when the learning needs summary goes out (every two months by default)
 * @param learningNeedsMonths how many whole months before that day it covers
 * @param learningNeedsThemes the themes the needs are grouped by, each with the words that place a need in it
 */
@ConfigurationProperties("practice-evaluations.learning")
public record LearningSettings(String quarterlyReportCron, String themesWithin, String qaMeetingCron,
    String qaMeetingWithin, String furtherDeadlineReminderBefore, String teamReviewCron,
    String teamReviewMeetingWithin, String learningNeedsCron, Integer learningNeedsMonths,
    List<LearningThemes.Theme> learningNeedsThemes) {

  public LearningSettings {
    quarterlyReportCron = orDefault(quarterlyReportCron, "0 0 7 1W 1,4,7,10 ?");
    themesWithin = duration(themesWithin, "P14D", "themes-within");
    qaMeetingCron = orDefault(qaMeetingCron, "0 30 7 1W * ?");
    qaMeetingWithin = duration(qaMeetingWithin, "P21D", "qa-meeting-within");
    furtherDeadlineReminderBefore = duration(furtherDeadlineReminderBefore, "P7D", "further-deadline-reminder-before");
    teamReviewCron = orDefault(teamReviewCron, "0 0 8 1W * ?");
    teamReviewMeetingWithin = duration(teamReviewMeetingWithin, "P1M", "team-review-meeting-within");
    learningNeedsCron = orDefault(learningNeedsCron, "0 0 7 1W 1/2 ?");
    learningNeedsMonths = learningNeedsMonths == null ? 2 : learningNeedsMonths;
    if (learningNeedsMonths < 1 || learningNeedsMonths > 12) {
      throw new IllegalArgumentException("practice-evaluations.learning.learning-needs-months must be 1 to 12");
    }
    learningNeedsThemes = learningNeedsThemes == null || learningNeedsThemes.isEmpty() ? LearningThemes.DEFAULTS
        : List.copyOf(learningNeedsThemes);
  }

  /** The bean the schedules' timer expressions read: {@code ${learningSchedule.quarterlyReportCron}}. */
  public static final class Schedule {
    private final LearningSettings settings;

    public Schedule(LearningSettings settings) {
      this.settings = settings;
    }

    public String getQuarterlyReportCron() {
      return settings.quarterlyReportCron();
    }

    public String getQaMeetingCron() {
      return settings.qaMeetingCron();
    }

    public String getTeamReviewCron() {
      return settings.teamReviewCron();
    }

    public String getLearningNeedsCron() {
      return settings.learningNeedsCron();
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static String duration(String value, String fallback, String name) {
    String d = orDefault(value, fallback);
    try {
      Deadlines.validate(d);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("practice-evaluations.learning." + name + " '" + d
          + "' is not an ISO 8601 duration such as P14D or P1M.");
    }
    return d;
  }
}
