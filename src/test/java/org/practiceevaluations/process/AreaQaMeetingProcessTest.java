package org.practiceevaluations.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.practiceevaluations.learning.QaMeetingProcess.Elements.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceevaluations.learning.QaMeetingProcess;

/**
 * A service area's monthly QA meeting (guide: "Actions arising from practice evaluations") on a plain engine: the
 * pack, the practice manager's meeting, and each further deadline it sets followed like the first deadlines, with
 * a reminder before it and the managers told when it is missed. Timers fire by moving the engine clock.
 */
@Deployment(resources = "processes/area-qa-meeting.bpmn")
class AreaQaMeetingProcessTest extends WithLearningDoubles {

  static final String MEETING = "QA-2026-0001";

  @RegisterExtension
  static ProcessEngineExtension extension = coverageAtLeast(0.95);

  @Test
  void thePackIsSavedAndSentAndAMeetingThatSetsNoFurtherDeadlinesEnds() {
    ProcessInstance pi = meetingHeld(List.of());

    assertThat(pi).isEnded().hasPassedInOrder(STARTED, OPEN, SAVE_PACK, SEND_PACK, HOLD, ANY_DEADLINES,
        RECORDED_NO_DEADLINES).hasNotPassed(FOLLOW_DEADLINE);
    assertThat(doubles.notifications).containsExactly("qa-meeting-pack");
  }

  @Test
  void theMeetingIsThePracticeManagersTaskDueWithinThreeWeeks() {
    ProcessInstance pi = start();
    Task hold = task(MEETING, HOLD);
    assertThat(hold.getAssignee()).isEqualTo("mbegum");
    assertThat(taskService.getIdentityLinksForTask(hold.getId())).anyMatch(l -> "mbegum".equals(l.getUserId())
        && "candidate".equals(l.getType()));
    assertThat(hold.getDueDate().toInstant()).isEqualTo(doubles.deadlines.dueAfter(now(), "P21D"));
    assertThat(pi).isWaitingAt(HOLD);
  }

  @Test
  void anActionCarriedOutBeforeTheReminderIsNotChasedAgain() {
    doubles.furtherDeadlines.put(11L, LocalDate.of(2026, 4, 17));
    ProcessInstance pi = meetingHeld(List.of(11L));
    Job reminder = only(pi, BEFORE_DEADLINE);
    // a week before Friday 17 April, at 09:00
    assertThat(londonTime(reminder)).isEqualTo(LocalDateTime.of(2026, 4, 10, 9, 0));

    doubles.carriedOut.add(11L);
    fire(reminder);

    assertThat(pi).isEnded().hasPassed(CHECK_BEFORE_REMINDER, DONE_EARLY, FOLLOWED_UP)
        .hasNotPassed(SEND_REMINDER, DEADLINE, SEND_MISSED);
    assertThat(doubles.notifications).containsExactly("qa-meeting-pack");
  }

  @Test
  void aFurtherDeadlineIsRemindedAWeekBeforeAndMetOnTheDay() {
    doubles.furtherDeadlines.put(12L, LocalDate.of(2026, 4, 17));
    ProcessInstance pi = meetingHeld(List.of(12L));

    fire(only(pi, BEFORE_DEADLINE));
    assertThat(doubles.notifications).containsExactly("qa-meeting-pack", "further-deadline-reminder:PE-2026-0012");
    Job deadline = only(pi, DEADLINE);
    assertThat(londonTime(deadline)).isEqualTo(LocalDateTime.of(2026, 4, 17, 17, 0));

    doubles.carriedOut.add(12L);
    fire(deadline);

    assertThat(pi).isEnded().hasPassedInOrder(SEND_REMINDER, DEADLINE, CHECK_AT_DEADLINE, DONE_IN_TIME, FOLLOWED_UP)
        .hasNotPassed(SEND_MISSED);
  }

  @Test
  void aFurtherDeadlineSetAtTheMeetingAndThenMissedIsToldToTheManagersAndGoesBackToTheNextMeeting() {
    doubles.furtherDeadlines.put(13L, LocalDate.of(2026, 4, 30));
    ProcessInstance pi = meetingHeld(List.of(13L));

    fire(only(pi, BEFORE_DEADLINE));
    fire(only(pi, DEADLINE));

    assertThat(pi).isEnded().hasPassedInOrder(HOLD, SET_REMINDER_DATE, BEFORE_DEADLINE, CHECK_BEFORE_REMINDER,
        SEND_REMINDER, DEADLINE, CHECK_AT_DEADLINE, SEND_MISSED, MISSED, FOLLOWED_UP).hasNotPassed(DONE_IN_TIME);
    assertThat(doubles.notifications).containsExactly("qa-meeting-pack", "further-deadline-reminder:PE-2026-0013",
        "further-deadline-missed:PE-2026-0013");
    assertThat(now()).isEqualTo(doubles.deadlines.dueAfter(
        LocalDate.of(2026, 4, 30).atStartOfDay(LONDON).toInstant(), "P0D"));
  }

  @Test
  void severalFurtherDeadlinesAreFollowedEachOnItsOwnDates() {
    doubles.furtherDeadlines.put(21L, LocalDate.of(2026, 4, 17));
    doubles.furtherDeadlines.put(22L, LocalDate.of(2026, 5, 15));
    ProcessInstance pi = meetingHeld(List.of(21L, 22L));
    assertThat(timers(pi, BEFORE_DEADLINE)).hasSize(2);

    fire(timers(pi, BEFORE_DEADLINE).get(0));
    doubles.carriedOut.add(21L);
    fire(only(pi, DEADLINE));
    assertThat(pi).isNotEnded();
    fire(only(pi, BEFORE_DEADLINE));
    fire(only(pi, DEADLINE));

    assertThat(pi).isEnded().hasPassed(DONE_IN_TIME, MISSED, FOLLOWED_UP);
    assertThat(doubles.notifications).containsExactly("qa-meeting-pack", "further-deadline-reminder:PE-2026-0021",
        "further-deadline-reminder:PE-2026-0022", "further-deadline-missed:PE-2026-0022");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private ProcessInstance start() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(QaMeetingProcess.KEY,
        Map.of(QaMeetingProcess.Vars.SERVICE_AREA_CODE.name(), "SFS", QaMeetingProcess.Vars.MONTH.name(), "2026-02"));
    assertThat(pi).hasPassed(OPEN).isWaitingAt(SAVE_PACK);
    runAsyncSteps();
    return pi;
  }

  /** The meeting is held and (as its form's handler would) sets these further deadlines. */
  private ProcessInstance meetingHeld(List<Long> furtherDeadlines) {
    ProcessInstance pi = start();
    complete(MEETING, HOLD, Map.of(QaMeetingProcess.Vars.FURTHER_DEADLINES.name(), new ArrayList<>(furtherDeadlines),
        QaMeetingProcess.Vars.FURTHER_DEADLINE_COUNT.name(), furtherDeadlines.size()));
    return pi;
  }

  private List<Job> timers(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().timers().processInstanceId(pi.getId()).activityId(activityId).list()
        .stream().sorted(Comparator.comparing(Job::getDuedate)).toList();
  }

  private Job only(ProcessInstance pi, String activityId) {
    List<Job> jobs = timers(pi, activityId);
    assertThat(jobs).as("timers %s", activityId).hasSize(1);
    return jobs.get(0);
  }

  private static LocalDateTime londonTime(Job job) {
    return LocalDateTime.ofInstant(job.getDuedate().toInstant(), LONDON);
  }
}
