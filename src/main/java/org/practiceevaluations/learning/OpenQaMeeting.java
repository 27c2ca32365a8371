package org.practiceevaluations.learning;

import static org.practiceevaluations.common.ProcessVariables.text;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.AREA_NAME;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.MEETING_DUE_DATE;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.MEETING_REFERENCE;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.MONTH;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.MONTH_LABEL;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.PRACTICE_MANAGER;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.PRACTICE_MANAGERS;
import static org.practiceevaluations.learning.QaMeetingProcess.Vars.SERVICE_AREA_CODE;

import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.practiceevaluations.evaluation.Deadlines;
import org.springframework.stereotype.Component;

/**
 * {@code ${openQaMeeting}} (area QA meeting): "Record the meeting and when it is due". A start form naming the area
 * or the month badly refuses the start, saying why.
 */
@Component("openQaMeeting")
public class OpenQaMeeting implements JavaDelegate {

  private final QaMeetingSchedule schedule;
  private final QaMeetings qaMeetings;

  public OpenQaMeeting(QaMeetingSchedule schedule, QaMeetings qaMeetings) {
    this.schedule = schedule;
    this.qaMeetings = qaMeetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    QaMeetings.Opened opened;
    try {
      YearMonth month = schedule.month(text(execution, MONTH.name()));
      opened = qaMeetings.open(text(execution, SERVICE_AREA_CODE.name()), month, execution.getProcessInstanceId());
    } catch (IllegalArgumentException e) {
      throw new FormFieldValidationException(SERVICE_AREA_CODE.name(),
          "The QA meeting was not prepared: " + e.getMessage());
    }
    QaMeeting meeting = opened.meeting();
    execution.setProcessBusinessKey(meeting.getReference());
    MEETING_REFERENCE.set(execution, meeting.getReference());
    SERVICE_AREA_CODE.set(execution, meeting.getServiceAreaCode());
    AREA_NAME.set(execution, opened.areaName());
    MONTH.set(execution, meeting.month().toString());
    MONTH_LABEL.set(execution, QaMeetingPack.ReportMonth.label(meeting.month()));
    PRACTICE_MANAGER.set(execution, opened.practiceManager());
    PRACTICE_MANAGERS.set(execution, String.join(",", opened.practiceManagers()));
    MEETING_DUE_DATE.set(execution, Deadlines.toDate(meeting.getDueAt()));
  }
}
