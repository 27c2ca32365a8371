package org.practiceevaluations.learning;

import static org.practiceevaluations.common.ProcessVariables.text;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.*;

import java.time.YearMonth;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.forms.AnswersRejected;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.forms.StartAnswers;
import org.practiceevaluations.learning.LearningNeedsProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the schedule, the team review and the area QA meeting: each one call into a service. Start
 * forms typed badly refuse the start (FormFieldValidationException), saying why.
 */
@Configuration
public class LearningDelegates {

  private final TeamReviews teamReviews;
  private final QaMeetings qaMeetings;
  private final TeamDirectory directory;
  private final Deadlines deadlines;
  private final StartAnswers startAnswers;

  public LearningDelegates(TeamReviews teamReviews, QaMeetings qaMeetings, TeamDirectory directory,
      Deadlines deadlines, StartAnswers startAnswers) {
    this.startAnswers = startAnswers;
    this.teamReviews = teamReviews;
    this.qaMeetings = qaMeetings;
    this.directory = directory;
    this.deadlines = deadlines;
  }

  // -------------------------------------------------------------------------------------------- the schedule

  /** "Start the quarterly report" (of the quarter just ended). */
  @Bean("startQuarterlyReport")
  JavaDelegate startQuarterlyReport(RuntimeService runtimeService) {
    return execution -> runtimeService.startProcessInstanceByKey(LearningSchedules.QUARTERLY_REPORT_KEY);
  }

  /** "Prepare each service area's QA meeting" (for the month just ended). */
  @Bean("startQaMeetings")
  JavaDelegate startQaMeetings() {
    return execution -> qaMeetings.startForEveryArea();
  }

  /** "Invite teams with frequent low grades to a review meeting" (the decision table team-review-rules). */
  @Bean("startTeamReviews")
  JavaDelegate startTeamReviews() {
    return execution -> teamReviews.startReviews(deadlines.now());
  }

  /** "Start the learning needs summary" (of the months just ended). */
  @Bean("startLearningNeedsSummary")
  JavaDelegate startLearningNeedsSummary(RuntimeService runtimeService) {
    return execution -> runtimeService.startProcessInstanceByKey(LearningNeedsProcess.KEY);
  }

  // -------------------------------------------------------------------------------------------- team review

  /** "Record the review and when the meeting is due". */
  @Bean("openTeamReview")
  JavaDelegate openTeamReview() {
    return execution -> {
      TeamReview review;
      try {
        review = teamReviews.open(text(execution, TeamReviewProcess.Vars.TEAM_CODE.name()),
            startAnswers.take(execution, TeamReviewProcess.Vars.REVIEW_REASON.name()),
            text(execution, TeamReviewProcess.Vars.OPENED_BY.name()),
            execution.getProcessInstanceId());
      } catch (IllegalArgumentException e) {
        throw new AnswersRejected(TeamReviewProcess.Vars.TEAM_CODE.name(),
            "The team review was not started: " + e.getMessage());
      }
      execution.setProcessBusinessKey(review.getReference());
      execution.setVariable(TeamReviewProcess.Vars.REVIEW_REFERENCE.name(), review.getReference());
      execution.setVariable(TeamReviewProcess.Vars.TEAM_CODE.name(), review.getTeamCode());
      execution.setVariable(TeamReviewProcess.Vars.MEETING_DUE_DATE.name(), Deadlines.toDate(review.getMeetingDueAt()));
      execution.setVariable(TeamReviewProcess.Vars.AUDIT_MANAGER.name(), directory.auditManager());
    };
  }

  // -------------------------------------------------------------------------------------------- QA meeting

  /** "Record the meeting and when it is due". */
  @Bean("openQaMeeting")
  JavaDelegate openQaMeeting() {
    return execution -> {
      QaMeetings.Opened opened;
      try {
        YearMonth month = qaMeetings.month(text(execution, MONTH.name()));
        opened = qaMeetings.open(text(execution, SERVICE_AREA_CODE.name()), month, execution.getProcessInstanceId());
      } catch (IllegalArgumentException e) {
        throw new AnswersRejected(SERVICE_AREA_CODE.name(), "The QA meeting was not prepared: " + e.getMessage());
      }
      QaMeeting meeting = opened.meeting();
      execution.setProcessBusinessKey(meeting.getReference());
      execution.setVariable(MEETING_REFERENCE.name(), meeting.getReference());
      execution.setVariable(SERVICE_AREA_CODE.name(), meeting.getServiceAreaCode());
      execution.setVariable(AREA_NAME.name(), opened.areaName());
      execution.setVariable(MONTH.name(), meeting.month().toString());
      execution.setVariable(MONTH_LABEL.name(), QaMeetingPack.ReportMonth.label(meeting.month()));
      execution.setVariable(PRACTICE_MANAGER.name(), opened.practiceManager());
      execution.setVariable(PRACTICE_MANAGERS.name(), String.join(",", opened.practiceManagers()));
      execution.setVariable(MEETING_DUE_DATE.name(), Deadlines.toDate(meeting.getDueAt()));
    };
  }

  /** "Prepare the meeting pack and save it". */
  @Bean("saveQaMeetingPack")
  JavaDelegate saveQaMeetingPack() {
    return execution -> execution.setVariable(PACK_URL.name(), qaMeetings.savePack((String) execution.getVariable(MEETING_REFERENCE.name())));
  }

  /** "Work out when to remind the team" of one further deadline (variables local to that deadline). */
  @Bean("setFurtherDeadlineDates")
  JavaDelegate setFurtherDeadlineDates() {
    return execution -> {
      QaMeetings.Dates dates = qaMeetings.dates(deadlineId(execution));
      execution.setVariableLocal(FURTHER_DEADLINE_DATE.name(), Deadlines.toDate(dates.due()));
      execution.setVariableLocal(FURTHER_DEADLINE_REMINDER_DATE.name(), Deadlines.toDate(dates.reminder()));
      execution.setVariableLocal(EVALUATION_REFERENCE.name(), dates.evaluationReference());
      execution.setVariableLocal(ACTION_NUMBER.name(), dates.actionNumber());
      execution.setVariableLocal(ACTION_OWNER.name(), dates.actionOwner());
      execution.setVariableLocal(TEAM_CODE.name(), dates.teamCode());
    };
  }

  /** "Check whether the action is done" (before the reminder, and at the deadline: met or missed). */
  @Bean("checkFurtherDeadline")
  JavaDelegate checkFurtherDeadline() {
    return execution -> execution.setVariableLocal(ACTION_DONE.name(), qaMeetings.check(deadlineId(execution)));
  }

  private static long deadlineId(DelegateExecution execution) {
    return ((Number) execution.getVariable(FURTHER_DEADLINE_ID.name())).longValue();
  }
}
