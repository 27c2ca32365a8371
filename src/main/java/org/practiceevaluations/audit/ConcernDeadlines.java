package org.practiceevaluations.audit;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.RESPONSE_DUE_DATE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.RE_AUDIT_DUE_DATE;
import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.REVIEW_MEETING_DUE_DATE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.practiceevaluations.concern.CaseOfConcernProcess;
import org.springframework.stereotype.Component;

/**
 * The deadlines of cases of concern (docs/guide.md, "Cases of concern"): the practice manager's response and the review
 * meeting are due on the dates the concern's process worked out from the concern-deadlines table (process variables),
 * the next monthly progress review is its timer, and the re-audit is due on the date in the concern's record. For any
 * number of concerns this costs three engine queries (the variables, the timers and the timer's definitions).
 */
@Component
class ConcernDeadlines {

  static final String RESPONSE = "Practice manager's response";
  static final String REVIEW_MEETING = "Review meeting";
  static final String MONTHLY_REVIEW = "Next monthly progress review";
  static final String RE_AUDIT = "Re-audit";
  /** Work is due at 17:00 on its due day (as {@code evaluation.Deadlines} has it). */
  private static final java.time.LocalTime DUE_TIME = java.time.LocalTime.of(17, 0);

  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  ConcernDeadlines(RuntimeService runtimeService, ManagementService managementService) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  /** The dates a concern's process holds; any may be null (not yet worked out, or the process has ended). */
  record ProcessDates(Instant responseDue, Instant meetingDue, Instant reAuditDue, Instant nextMonthlyReview) {
    static final ProcessDates NONE = new ProcessDates(null, null, null, null);
  }

  /** What the concern's record says has happened. */
  record Progress(Instant responseAt, LocalDate reviewMeetingOn, LocalDate reAuditDueOn) {}

  Map<String, ProcessDates> of(Collection<String> processInstanceIds) {
    List<String> ids = processInstanceIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, ProcessDates> result = new HashMap<>();
    if (ids.isEmpty()) {
      return result;
    }
    Map<String, Map<String, Instant>> variables = new HashMap<>();
    List<VariableInstance> found = runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(ids.toArray(String[]::new))
        .variableNameIn(RESPONSE_DUE_DATE.name(), REVIEW_MEETING_DUE_DATE.name(), RE_AUDIT_DUE_DATE.name())
        .list();
    // A value on the process instance itself wins over a copy in a sub-scope.
    found.sort(Comparator.comparing((VariableInstance v) -> v.getProcessInstanceId().equals(v.getExecutionId())));
    for (VariableInstance v : found) {
      if (v.getValue() instanceof Date date) {
        variables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), date.toInstant());
      }
    }
    // The monthly review timers: Camunda 7.24 builds invalid SQL for a job query by processInstanceIds together with
    // activityId or jobDefinitionId (no AND between them), so the timers of these processes are read and kept when
    // their job definition is the monthly review's.
    Set<String> monthlyReview = managementService.createJobDefinitionQuery()
        .activityIdIn(CaseOfConcernProcess.Elements.NEXT_MONTHLY_REVIEW).list().stream()
        .map(JobDefinition::getId).collect(Collectors.toSet());
    Map<String, Instant> nextReview = new HashMap<>();
    for (Job timer : managementService.createJobQuery().processInstanceIds(new HashSet<>(ids)).timers().list()) {
      if (monthlyReview.contains(timer.getJobDefinitionId()) && timer.getDuedate() != null) {
        nextReview.merge(timer.getProcessInstanceId(), timer.getDuedate().toInstant(),
            (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    for (String id : ids) {
      Map<String, Instant> v = variables.getOrDefault(id, Map.of());
      result.put(id, new ProcessDates(v.get(RESPONSE_DUE_DATE.name()), v.get(REVIEW_MEETING_DUE_DATE.name()),
          v.get(RE_AUDIT_DUE_DATE.name()), nextReview.get(id)));
    }
    return result;
  }

  /** The concern's four deadlines, in the order they come. */
  static List<Deadline> deadlines(ProcessDates dates, Progress progress, Instant now, ZoneId zone) {
    List<Deadline> list = new ArrayList<>();
    list.add(Deadline.of(RESPONSE, dates.responseDue(), progress.responseAt(), now, zone));
    Instant meetingHeld = progress.reviewMeetingOn() == null ? null
        : progress.reviewMeetingOn().atStartOfDay(zone).toInstant();
    list.add(Deadline.of(REVIEW_MEETING, dates.meetingDue(), meetingHeld, now, zone));
    list.add(Deadline.of(MONTHLY_REVIEW, dates.nextMonthlyReview(), null, now, zone));
    Instant reAuditDue = dates.reAuditDue() != null ? dates.reAuditDue()
        : progress.reAuditDueOn() == null ? null
            : progress.reAuditDueOn().atTime(DUE_TIME).atZone(zone).toInstant();
    list.add(Deadline.of(RE_AUDIT, reAuditDue, null, now, zone));
    return list;
  }

  /** The earliest deadline still to be met. */
  static Optional<Deadline> next(List<Deadline> deadlines) {
    return deadlines.stream().filter(Deadline::isOpen).min(Comparator.comparing(Deadline::due));
  }
}
