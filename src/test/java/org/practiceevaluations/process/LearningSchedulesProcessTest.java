package org.practiceevaluations.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceevaluations.learning.LearningSchedules;

/**
 * The four schedules: each timer start fires on the configured cron (the defaults here; the engine evaluates
 * Quartz crons in the server's time zone), starts its process, and is set again for the next time. The clock
 * starts on Monday 2 March 2026, 09:00.
 */
@Deployment(resources = {"processes/quarterly-report-schedule.bpmn", "processes/area-qa-meeting-schedule.bpmn",
    "processes/team-review-schedule.bpmn", "processes/learning-needs-summary-schedule.bpmn"})
class LearningSchedulesProcessTest extends WithLearningDoubles {

  static final ZoneId SERVER = ZoneId.systemDefault();

  @RegisterExtension
  static ProcessEngineExtension extension = coverageAtLeast(0.95);

  @Test
  void theQuarterlyReportStartsOnTheFirstWorkingDayAfterEachQuarter() {
    Job timer = scheduleTimer(LearningSchedules.QUARTERLY_REPORT);
    assertThat(at(timer)).isEqualTo(LocalDateTime.of(2026, 4, 1, 7, 0));

    fire(timer);

    assertThat(doubles.steps).containsExactly("startQuarterlyReport");
    assertThat(ended(LearningSchedules.Elements.START_QUARTERLY_REPORT)).isOne();
    // 1 July 2026 is a Wednesday
    assertThat(at(scheduleTimer(LearningSchedules.QUARTERLY_REPORT))).isEqualTo(LocalDateTime.of(2026, 7, 1, 7, 0));
  }

  @Test
  void eachAreasQaMeetingIsPreparedWhenAMonthHasEnded() {
    Job timer = scheduleTimer(LearningSchedules.AREA_QA_MEETING);
    assertThat(at(timer)).isEqualTo(LocalDateTime.of(2026, 4, 1, 7, 30));

    fire(timer);

    assertThat(doubles.steps).containsExactly("startQaMeetings");
    assertThat(ended(LearningSchedules.Elements.START_QA_MEETINGS)).isOne();
    // 1 May 2026 is a Friday
    assertThat(at(scheduleTimer(LearningSchedules.AREA_QA_MEETING))).isEqualTo(LocalDateTime.of(2026, 5, 1, 7, 30));
  }

  @Test
  void theTeamsGradesAreCheckedMonthly() {
    Job timer = scheduleTimer(LearningSchedules.TEAM_REVIEW);
    assertThat(at(timer)).isEqualTo(LocalDateTime.of(2026, 4, 1, 8, 0));

    fire(timer);

    assertThat(doubles.steps).containsExactly("startTeamReviews");
    assertThat(ended(LearningSchedules.Elements.START_TEAM_REVIEWS)).isOne();
    assertThat(at(scheduleTimer(LearningSchedules.TEAM_REVIEW))).isEqualTo(LocalDateTime.of(2026, 5, 1, 8, 0));
  }

  @Test
  void theLearningNeedsSummaryGoesEveryTwoMonthsOnTheWorkingDayNearestTheFirst() {
    // 1 March 2026 was a Sunday: its working day was Monday 2 March at 07:00, before the clock's 09:00
    Job timer = scheduleTimer(LearningSchedules.LEARNING_NEEDS);
    assertThat(at(timer)).isEqualTo(LocalDateTime.of(2026, 5, 1, 7, 0));

    fire(timer);

    assertThat(doubles.steps).containsExactly("startLearningNeedsSummary");
    assertThat(ended(LearningSchedules.Elements.START_LEARNING_NEEDS)).isOne();
    // 1 July 2026 is a Wednesday
    assertThat(at(scheduleTimer(LearningSchedules.LEARNING_NEEDS))).isEqualTo(LocalDateTime.of(2026, 7, 1, 7, 0));
  }

  private Job scheduleTimer(String key) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult().getId();
    return managementService.createJobQuery().timers().processDefinitionId(definitionId).singleResult();
  }

  private long ended(String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(activityId).finished().count();
  }

  private static LocalDateTime at(Job job) {
    return LocalDateTime.ofInstant(job.getDuedate().toInstant(), SERVER);
  }
}
