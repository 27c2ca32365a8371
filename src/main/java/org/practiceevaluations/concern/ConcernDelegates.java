package org.practiceevaluations.concern;

import static org.practiceevaluations.concern.CaseOfConcernProcess.Vars.*;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practiceevaluations.directory.TeamDirectory;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the case-of-concern process: each one call into {@link Concerns}. */
@Configuration
public class ConcernDelegates {

  private final Concerns concerns;
  private final ReAudits reAudits;
  private final EvaluationLifecycle evaluations;
  private final TeamDirectory directory;
  private final org.camunda.bpm.engine.RuntimeService runtimeService;
  private final org.practiceevaluations.evaluation.ProcessEvaluations processEvaluations;

  public ConcernDelegates(Concerns concerns, ReAudits reAudits, EvaluationLifecycle evaluations,
      TeamDirectory directory, org.camunda.bpm.engine.RuntimeService runtimeService,
      org.practiceevaluations.evaluation.ProcessEvaluations processEvaluations) {
    this.runtimeService = runtimeService;
    this.processEvaluations = processEvaluations;
    this.concerns = concerns;
    this.reAudits = reAudits;
    this.evaluations = evaluations;
    this.directory = directory;
  }

  /** "Open the case of concern": its reference becomes the business key; the people come from the evaluation. */
  @Bean("openConcern")
  JavaDelegate openConcern() {
    return execution -> {
      CaseOfConcern concern = concerns.open(reference(execution), execution.getProcessInstanceId());
      execution.setProcessBusinessKey(concern.getReference());
      execution.setVariable(CONCERN_REFERENCE.name(), concern.getReference());
      execution.setVariable(CONCERN_ROUND.name(), 0);
      people(execution, evaluations.get(concern.getCurrentEvaluationReference()));
      execution.setVariable(AUDIT_MANAGER.name(), directory.auditManager());
    };
  }

  /**
   * "Set the due dates" of this round; the round starts with no re-audit and no monthly review yet, which the decision
   * concern-outcome reads.
   */
  @Bean("setConcernDeadlines")
  @SuppressWarnings("unchecked")
  JavaDelegate setConcernDeadlines() {
    return execution -> {
      Object round = execution.getVariable(CONCERN_ROUND.name());
      execution.setVariable(CONCERN_ROUND.name(), (round == null ? 0 : ((Number) round).intValue()) + 1);
      Concerns.ConcernDates dates = concerns.deadlines((String) execution.getVariable(CONCERN_REFERENCE.name()),
          (Map<String, Object>) execution.getVariable(CaseOfConcernProcess.Vars.DEADLINES.name()));
      execution.setVariable(RESPONSE_DUE_DATE.name(), Deadlines.toDate(dates.responseDue()));
      execution.setVariable(RESPONSE_REMINDER_DATE.name(), Deadlines.toDate(dates.responseReminder()));
      execution.setVariable(REVIEW_MEETING_DUE_DATE.name(), Deadlines.toDate(dates.meetingDue()));
      execution.setVariable(REVIEW_MEETING_REMINDER_DATE.name(), Deadlines.toDate(dates.meetingReminder()));
      execution.setVariable(PROGRESS_REVIEW_EVERY.name(), dates.progressReviewEvery());
      execution.setVariable(RE_AUDIT_DUE_DATE.name(), Deadlines.toDate(dates.reAuditDue()));
      execution.setVariable(RE_AUDIT_ALLOCATION_DATE.name(), Deadlines.toDate(dates.reAuditAllocation()));
      execution.setVariable(RE_AUDIT_REFERENCE.name(), null);
      execution.setVariable(RE_AUDIT_GRADE.name(), null);
      execution.setVariable(IMPROVEMENT_SUSTAINED.name(), null);
    };
  }

  /** "Set this month's review's due date": due a week after it is asked for, chased weekly when late. */
  @Bean("scheduleProgressReview")
  @SuppressWarnings("unchecked")
  JavaDelegate scheduleProgressReview() {
    return execution -> {
      Concerns.ReviewDates dates = concerns.progressReview(
          (Map<String, Object>) execution.getVariable(CaseOfConcernProcess.Vars.DEADLINES.name()));
      execution.setVariable(PROGRESS_REVIEW_DUE_DATE.name(), Deadlines.toDate(dates.due()));
      execution.setVariable(PROGRESS_REVIEW_OVERDUE_CYCLE.name(), dates.overdueCycle());
    };
  }

  /** "Allocate the re-audit, due three months after the grade": started now, not queued for a later cycle. */
  @Bean("allocateReAudit")
  JavaDelegate allocateReAudit() {
    return execution -> {
      java.util.Date dueBy = (java.util.Date) execution.getVariable(RE_AUDIT_DUE_DATE.name());
      String reference = reAudits.allocate((String) execution.getVariable(CONCERN_REFERENCE.name()), dueBy.toInstant(),
          (String) execution.getVariable(AUDIT_MANAGER.name()));
      execution.setVariable(RE_AUDIT_REFERENCE.name(), reference);
    };
  }

  /** "Close the case of concern: the grade was revised" (the team's dispute settled on a grade not inadequate). */
  @Bean("closeRevisedConcern")
  JavaDelegate closeRevisedConcern() {
    return execution -> concerns.closeAsRevised((String) execution.getVariable(CONCERN_REFERENCE.name()));
  }

  /**
   * "Open or close the case of concern to match the new grade" (grade-dispute process): a grade now inadequate opens
   * a concern as sharing would have; one no longer inadequate closes the concern it had opened.
   */
  @Bean("reviseConcernAfterDispute")
  JavaDelegate reviseConcernAfterDispute() {
    return execution -> {
      String reference = processEvaluations.referenceOf(execution);
      Concerns.Revision revision = concerns.afterGradeRevised(reference);
      switch (revision.kind()) {
        case OPEN -> runtimeService.createMessageCorrelation(
                org.practiceevaluations.evaluation.PracticeEvaluationProcess.Messages.INADEQUATE_EVALUATION)
            .processInstanceBusinessKey(reference)
            .setVariable(EVALUATION_REFERENCE.name(), reference)
            .setVariable(CHILD_REFERENCE.name(), revision.childReference())
            .correlateStartMessage();
        case CLOSE -> runtimeService.createMessageCorrelation(
                org.practiceevaluations.evaluation.PracticeEvaluationProcess.Messages.GRADE_REVISED)
            .processInstanceId(revision.concernProcessInstanceId())
            .correlate();
        case NOTHING -> { }
      }
    };
  }

  /** "Close the case of concern": the re-audit shows improvement, sustained. */
  @Bean("closeConcern")
  JavaDelegate closeConcern() {
    return execution -> concerns.close((String) execution.getVariable(CONCERN_REFERENCE.name()),
        (String) execution.getVariable(RE_AUDIT_REFERENCE.name()));
  }

  /** "Carry the concern on with the new evaluation": the re-audit is still inadequate; round two begins. */
  @Bean("carryConcernOn")
  JavaDelegate carryConcernOn() {
    return execution -> {
      String newReference = (String) execution.getVariable(RE_AUDIT_REFERENCE.name());
      concerns.carryOn((String) execution.getVariable(CONCERN_REFERENCE.name()), newReference);
      execution.setVariable(EVALUATION_REFERENCE.name(), newReference);
      people(execution, evaluations.get(newReference));
    };
  }

  private static String reference(DelegateExecution execution) {
    Object value = execution.getVariable(EVALUATION_REFERENCE.name());
    return value != null ? value.toString() : execution.getProcessBusinessKey();
  }

  private static void people(DelegateExecution execution, Evaluation e) {
    execution.setVariable(CHILD_REFERENCE.name(), e.getChildReference());
    execution.setVariable(AUDITOR.name(), e.people().auditor());
    execution.setVariable(PRACTICE_MANAGER.name(), e.people().practiceManager());
    execution.setVariable(TEAM_MANAGER.name(), e.people().teamManager());
    execution.setVariable(SOCIAL_WORKER.name(), e.people().socialWorker());
    execution.setVariable(HEAD_OF_SERVICE.name(), e.people().headOfService());
    execution.setVariable(TEAM_NAME.name(), e.getTeam().getName());
    execution.setVariable(TEAM_CODE.name(), e.getTeam().getCode());
  }
}
