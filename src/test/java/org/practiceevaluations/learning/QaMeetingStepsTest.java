package org.practiceevaluations.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.OutboxMessages.recipients;
import static org.practiceevaluations.support.OutboxMessages.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.caseregister.ChildCaseRepository;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.filing.ReportDocument;
import org.practiceevaluations.filing.ReportDocumentRepository;
import org.practiceevaluations.recording.CaseRecord;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.BackgroundSteps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service area's QA meeting end to end with the real beans: the pack (the month's evaluation, the open action of
 * an evaluation graded requires improvement with the team's case audit note), the practice manager's meeting that
 * sets a further deadline, the reminder a week before it, and the deadline missed: the action's owner and the
 * managers told, the deadline recorded as missed, and the action back in the next month's pack.
 * The engine clock is fixed at Tuesday 1 December 2026, 09:00, and moved to each timer.
 */
@AppTest
class QaMeetingStepsTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final String EVALUATION = "PE-2018-0901";
  static final String OTHER_EVALUATION = "PE-2018-0902";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired EvaluationRepository evaluations;
  @Autowired ChildCaseRepository cases;
  @Autowired CaseRecord caseRecord;
  @Autowired QaMeetings qaMeetings;
  @Autowired QaMeetingPacks qaMeetingPacks;
  @Autowired FurtherDeadlineRepository furtherDeadlines;
  @Autowired ReportDocumentRepository documents;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void anEvaluationGradedRequiresImprovementInNovember2018() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 1, 9, 0).atZone(LONDON).toInstant()));
    if (evaluations.findByReference(EVALUATION).isPresent()) {
      return;
    }
    tx.executeWithoutResult(status -> {
      Instant due = LocalDateTime.of(2018, 11, 9, 17, 0).atZone(LONDON).toInstant();
      Evaluation e = new Evaluation(EVALUATION, EvaluationType.MONTHLY, false,
          cases.findByChildReference("C105051").orElseThrow(), "hashworth", null, "kmorgan", due.minusSeconds(86400 * 28),
          due);
      e.replaceActions(new ArrayList<>(List.of(
          new EvaluationAction("Complete the chronology.", "lmoore", LocalDate.of(2018, 12, 1), null),
          new EvaluationAction("Visit the school.", "lmoore", LocalDate.of(2018, 11, 30), null))));
      Instant updated = LocalDateTime.of(2018, 11, 29, 10, 0).atZone(LONDON).toInstant();
      e.getActions().get(1).update(true, "Visited.", LocalDate.of(2018, 11, 29), updated);
      e.getActions().get(0).update(false, "Started, half done.", LocalDate.of(2018, 11, 29), updated);
      e.grades().recordFirstGrade(Grade.REQUIRES_IMPROVEMENT, "hashworth");
      e.markSubmitted(LocalDateTime.of(2018, 11, 8, 12, 0).atZone(LONDON).toInstant(), null);
      evaluations.save(e);
      Evaluation other = new Evaluation(OTHER_EVALUATION, EvaluationType.MONTHLY, false,
          cases.findByChildReference("C105088").orElseThrow(), "hashworth", null, "kmorgan",
          due.minusSeconds(86400 * 28), due);
      other.replaceActions(new ArrayList<>(List.of(
          new EvaluationAction("Update the safety plan.", "bcooper", LocalDate.of(2018, 12, 1), null))));
      other.grades().recordFirstGrade(Grade.INADEQUATE, "hashworth");
      other.markSubmitted(LocalDateTime.of(2018, 11, 8, 12, 0).atZone(LONDON).toInstant(), null);
      evaluations.save(other);
    });
    caseRecord.addCaseNote(new CaseRecord.CaseNote("C105051", CaseRecord.CASE_AUDIT, "Progress on the actions",
        "The chronology is half done; the school visit happened.", "nadeyemi", "Ngozi Adeyemi, team manager",
        EVALUATION, "team-progress", LocalDateTime.of(2018, 11, 29, 10, 0).atZone(LONDON).toInstant(),
        "qa-meeting-steps-test/team-progress"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void aLaterMonthsPackBringsBackOpenActionsButNotAnEarlierEvaluationWhoseActionsAreAllDone() {
    String allDone = "PE-2017-0990"; // not a number the reference generator gives the other tests of 2018
    if (evaluations.findByReference(allDone).isEmpty()) {
      tx.executeWithoutResult(status -> {
        Instant due = LocalDateTime.of(2018, 10, 9, 17, 0).atZone(LONDON).toInstant();
        Evaluation e = new Evaluation(allDone, EvaluationType.MONTHLY, false,
            cases.findByChildReference("C105051").orElseThrow(), "hashworth", null, "kmorgan",
            due.minusSeconds(86400 * 28), due);
        e.replaceActions(new ArrayList<>(List.of(
            new EvaluationAction("Hold a strategy discussion.", "lmoore", LocalDate.of(2018, 11, 1), null))));
        e.getActions().get(0).update(true, "Held on 20 October.", LocalDate.of(2018, 10, 20),
            LocalDateTime.of(2018, 10, 20, 10, 0).atZone(LONDON).toInstant());
        e.grades().recordFirstGrade(Grade.INADEQUATE, "hashworth");
        e.markSubmitted(LocalDateTime.of(2018, 10, 8, 12, 0).atZone(LONDON).toInstant(), null);
        evaluations.save(e);
      });
    }

    QaMeetingPack pack = qaMeetingPacks.pack("QA-TEST", "SFS", YearMonth.of(2018, 12));

    assertThat(pack.actions()).extracting(QaMeetingPack.ActionLine::key)
        .contains(EVALUATION + " action 1", OTHER_EVALUATION + " action 1")
        .doesNotContain(EVALUATION + " action 2", allDone + " action 1");
    assertThat(pack.evaluations()).extracting(QaMeetingPack.EvaluationLine::reference)
        .doesNotContain(EVALUATION, OTHER_EVALUATION, allDone);
  }

  @Test
  void aFurtherDeadlineSetAtTheQaMeetingAndThenMissedIsChasedToldAndBroughtBackToTheNextMeeting() {
    identityService.setAuthentication("kmorgan", List.of("audit-team"));
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(QaMeetingProcess.KEY,
        Map.of(QaMeetingProcess.Vars.SERVICE_AREA_CODE.name(), "SFS", QaMeetingProcess.Vars.MONTH.name(), "2018-11"));
    identityService.clearAuthentication();
    String meeting = pi.getBusinessKey();
    BackgroundSteps.run(managementService, pi.getId());

    ReportDocument pack = documents.findByReportReferenceOrderByIdAsc(meeting).get(0);
    assertThat(pack.getKind()).isEqualTo(ReportDocument.Kind.QA_MEETING_PACK);
    assertThat(pack.getServiceAreaCode()).isEqualTo("SFS");
    // another test's meeting of the same month may have filed one already: the store adds " (2)", never overwrites
    assertThat(pack.getFileName()).startsWith("QA meeting pack Safeguarding and Family Support, November 2018")
        .endsWith(".pdf");
    assertThat(recipients(jdbc, pi, "qa-meeting-pack")).containsExactly("mbegum");

    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(task.getAssignee()).isEqualTo("mbegum");
    String shownEvaluations = taskService.getVariableLocal(task.getId(), "monthEvaluations").toString();
    assertThat(shownEvaluations).contains(EVALUATION).contains("Requires improvement");
    String shownActions = taskService.getVariableLocal(task.getId(), "openActions").toString();
    assertThat(shownActions).contains(EVALUATION + " action 1").doesNotContain(EVALUATION + " action 2")
        .contains("Update of 29 November 2018: Started, half done.")
        .contains("The chronology is half done; the school visit happened.");

    identityService.setAuthentication("mbegum", List.of("practice-managers", "auditors"));
    Map<String, Object> answers = new HashMap<>();
    answers.put("meetingOn", "2026-12-01");
    answers.put("attendees", "Mariam Begum, Ngozi Adeyemi, Rob Taylor");
    answers.put("notes", "The chronology is still not complete.");
    answers.put("openActions", List.of(Map.of("actionKey", EVALUATION + " action 1",
        "furtherDeadline", "2026-12-18", "meetingNote", "Finish the chronology before Christmas.")));
    formService.submitTaskForm(task.getId(), answers);
    identityService.clearAuthentication();

    long actionId = tx.execute(s -> evaluations.findByReference(EVALUATION).orElseThrow().action(1).orElseThrow()
        .getId());
    LocalDate movedTo = tx.execute(s -> evaluations.findByReference(EVALUATION).orElseThrow().action(1)
        .orElseThrow().getDueOn());
    assertThat(movedTo).isEqualTo(LocalDate.of(2026, 12, 18));
    FurtherDeadline deadline = furtherDeadlines.findByActionIdOrderByIdAsc(actionId).get(0);
    assertThat(deadline.getPreviousDueOn()).isEqualTo(LocalDate.of(2018, 12, 1));
    assertThat(deadline.getStatus()).isEqualTo(FurtherDeadline.Status.PENDING);
    assertThat(qaMeetings.get(meeting).getStatus()).isEqualTo(QaMeeting.Status.HELD);

    Job reminder = timer(pi);
    assertThat(reminder.getDuedate().toInstant())
        .isEqualTo(LocalDateTime.of(2026, 12, 11, 9, 0).atZone(LONDON).toInstant());
    fire(pi, reminder);
    assertThat(recipients(jdbc, pi, "further-deadline-reminder")).containsExactlyInAnyOrder("nadeyemi", "lmoore");
    assertThat(subject(jdbc, pi, "further-deadline-reminder"))
        .isEqualTo(EVALUATION + ": further deadline for an action on 18 December 2026");

    Job deadlineTimer = timer(pi);
    assertThat(deadlineTimer.getDuedate().toInstant())
        .isEqualTo(LocalDateTime.of(2026, 12, 18, 17, 0).atZone(LONDON).toInstant());
    fire(pi, deadlineTimer);

    assertThat(recipients(jdbc, pi, "further-deadline-missed"))
        .containsExactlyInAnyOrder("nadeyemi", "mbegum", "kmorgan");
    assertThat(furtherDeadlines.findById(deadline.getId()).orElseThrow().getStatus())
        .isEqualTo(FurtherDeadline.Status.MISSED);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();

    QaMeetingPack next = qaMeetingPacks.pack("next", "SFS", java.time.YearMonth.of(2018, 12));
    QaMeetingPack.ActionLine again = next.actions().stream().filter(a -> a.key().equals(EVALUATION + " action 1"))
        .findFirst().orElseThrow();
    assertThat(again.earlierFurtherDeadlines()).containsExactly("from 2018-12-01 to 2026-12-18 (missed)");
    assertThat(again.dueOn()).isEqualTo(LocalDate.of(2026, 12, 18));
  }

  @Test
  void aFurtherDeadlineMovedAgainByALaterMeetingIsNotChasedOrReportedMissed() {
    ProcessInstance first = meetingSetting(OTHER_EVALUATION + " action 1", "2018-11", "2026-12-18");
    ProcessInstance second = meetingSetting(OTHER_EVALUATION + " action 1", "2018-12", "2027-01-15");
    long actionId = tx.execute(s -> evaluations.findByReference(OTHER_EVALUATION).orElseThrow().action(1)
        .orElseThrow().getId());
    List<FurtherDeadline> set = furtherDeadlines.findByActionIdOrderByIdAsc(actionId);
    assertThat(set).extracting(FurtherDeadline::getNewDueOn)
        .containsExactly(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 15));

    fire(first, timer(first));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(first.getId()).count()).isZero();
    assertThat(recipients(jdbc, first, "further-deadline-reminder")).isEmpty();
    assertThat(furtherDeadlines.findById(set.get(0).getId()).orElseThrow().getStatus())
        .isEqualTo(FurtherDeadline.Status.SUPERSEDED);
    assertThat(timer(second).getDuedate().toInstant())
        .isEqualTo(LocalDateTime.of(2027, 1, 8, 9, 0).atZone(LONDON).toInstant());
    runtimeService.deleteProcessInstance(second.getId(), "test done");
  }

  /**
   * The evaluation's own process is waiting for the team manager's update of the actions, due by the earliest open
   * action: a further deadline set at the QA meeting moves that task's due date (what Tasklist and the overdue
   * list show) and the process's date with it.
   */
  @Test
  void aFurtherDeadlineMovesTheDueDateOfTheTeamsOpenUpdateTask() {
    String reference = "PE-2018-0903";
    tx.executeWithoutResult(status -> {
      Instant due = LocalDateTime.of(2018, 11, 9, 17, 0).atZone(LONDON).toInstant();
      Evaluation e = new Evaluation(reference, EvaluationType.MONTHLY, false,
          cases.findByChildReference("C105051").orElseThrow(), "hashworth", null, "kmorgan",
          due.minusSeconds(86400 * 28), due);
      e.replaceActions(new ArrayList<>(List.of(
          new EvaluationAction("Hold a family group conference.", "lmoore", LocalDate.of(2018, 12, 3), null))));
      e.grades().recordFirstGrade(Grade.REQUIRES_IMPROVEMENT, "hashworth");
      e.markSubmitted(LocalDateTime.of(2018, 11, 8, 12, 0).atZone(LONDON).toInstant(), null);
      evaluations.save(e);
    });
    Date firstDue = Date.from(LocalDateTime.of(2018, 12, 3, 17, 0).atZone(LONDON).toInstant());
    ProcessInstance evaluationProcess = runtimeService.createProcessInstanceByKey(
            org.practiceevaluations.evaluation.PracticeEvaluationProcess.KEY)
        .businessKey(reference)
        .setVariables(Map.of(
            org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.EVALUATION_REFERENCE.name(), reference,
            org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.TEAM_MANAGER.name(), "nadeyemi",
            org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.NEXT_ACTION_DUE_DATE.name(), firstDue,
            org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.ACTIONS_REMINDER_CYCLE.name(), "R/P1M"))
        .startBeforeActivity(org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements.UPDATE_ACTIONS)
        .execute();
    tx.executeWithoutResult(status -> evaluations.findByReference(reference).orElseThrow()
        .linkProcess(evaluationProcess.getId()));
    Task update = taskService.createTaskQuery().processInstanceId(evaluationProcess.getId()).singleResult();
    assertThat(update.getDueDate()).isEqualTo(firstDue);

    ProcessInstance meeting = meetingSetting(reference + " action 1", "2018-11", "2027-01-22");

    Date moved = Date.from(LocalDateTime.of(2027, 1, 22, 17, 0).atZone(LONDON).toInstant());
    assertThat(taskService.createTaskQuery().taskId(update.getId()).singleResult().getDueDate()).isEqualTo(moved);
    assertThat(runtimeService.getVariable(evaluationProcess.getId(),
        org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.NEXT_ACTION_DUE_DATE.name())).isEqualTo(moved);
    runtimeService.deleteProcessInstance(meeting.getId(), "test done");
    runtimeService.deleteProcessInstance(evaluationProcess.getId(), "test done");
  }

  /** A meeting of the service area that sets one further deadline on one action. */
  private ProcessInstance meetingSetting(String actionKey, String month, String furtherDeadline) {
    identityService.setAuthentication("kmorgan", List.of("audit-team"));
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(QaMeetingProcess.KEY,
        Map.of(QaMeetingProcess.Vars.SERVICE_AREA_CODE.name(), "SFS", QaMeetingProcess.Vars.MONTH.name(), month));
    identityService.clearAuthentication();
    BackgroundSteps.run(managementService, pi.getId());
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    Map<String, Object> answers = new HashMap<>();
    answers.put("meetingOn", "2026-12-01");
    answers.put("attendees", "Mariam Begum");
    answers.put("notes", "Reviewed.");
    answers.put("openActions", List.of(Map.of("actionKey", actionKey, "furtherDeadline", furtherDeadline)));
    formService.submitTaskForm(task.getId(), answers);
    return pi;
  }

  @Test
  void aFurtherDeadlineMustBeAfterTheMeetingAndAnUnknownAreaRefusesTheStart() {
    identityService.setAuthentication("kmorgan", List.of("audit-team"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(
        QaMeetingProcess.KEY, Map.of(QaMeetingProcess.Vars.SERVICE_AREA_CODE.name(), "NOPE")))
        .hasMessageContaining("The QA meeting was not prepared: There is no service area NOPE.");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(QaMeetingProcess.KEY,
        Map.of(QaMeetingProcess.Vars.SERVICE_AREA_CODE.name(), "SFS", QaMeetingProcess.Vars.MONTH.name(), "2018-11"));
    BackgroundSteps.run(managementService, pi.getId());
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    Map<String, Object> answers = new HashMap<>();
    answers.put("meetingOn", "2026-12-01");
    answers.put("attendees", "Mariam Begum");
    answers.put("notes", "Discussed.");
    answers.put("openActions", List.of(Map.of("actionKey", EVALUATION + " action 1", "furtherDeadline", "2026-12-01")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> formService.submitTaskForm(task.getId(), answers))
        .hasMessageContaining(EVALUATION + " action 1: a further deadline must be after today.");
    identityService.clearAuthentication();
    runtimeService.deleteProcessInstance(pi.getId(), "test done");
  }

  private Job timer(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }

  private void fire(ProcessInstance pi, Job timer) {
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
    BackgroundSteps.run(managementService, pi.getId());
  }
}
