package org.practiceevaluations.process;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;
import static org.practiceevaluations.process.StepDoubles.delegate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.practiceevaluations.engine.EngineClock;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.practiceevaluations.caseregister.ChildCase;
import org.practiceevaluations.caseregister.ChildCaseRepository;
import org.practiceevaluations.caseregister.LegalStatus;
import org.practiceevaluations.directory.ServiceArea;
import org.practiceevaluations.directory.ServiceAreaRepository;
import org.practiceevaluations.directory.Team;
import org.practiceevaluations.directory.TeamRepository;
import org.practiceevaluations.evaluation.AllocationRequest;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationAction;
import org.practiceevaluations.evaluation.EvaluationAllocation;
import org.practiceevaluations.evaluation.EvaluationLifecycle;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.EvaluationType;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.ProcessEvaluations;

/**
 * The beans the evaluation, moderation, grade-dispute, concern and cycle models call, registered by name for the plain
 * engine. The evaluation's own steps are the real ones over the application's tables ({@link EvaluationTables}): the
 * grade, the discrepancy and who holds the grade are the application's rules. Doubled: the outside world (mail, the
 * child's file and its case notes, the case register and directory behind the allocation), the forms (a form's
 * answers are written to the evaluation with the evaluation's own methods, as its handler does; the handlers
 * themselves, with the evaluation tool's sections, run in the journey tests), and the steps of the concern and
 * cycle maps; those record what they were asked to do (templates, note kinds) so tests can assert on it.
 */
class EvaluationProcessDoubles {

  static final String CHILD = "C104237";

  final List<String> notifications = new ArrayList<>();
  final List<String> recordings = new ArrayList<>();
  final List<String> steps = new ArrayList<>();
  final Deadlines deadlines = EvaluationTables.bean(Deadlines.class);
  final TaskListener prepareForm = mock(TaskListener.class);
  private final AtomicInteger references = new AtomicInteger();

  /** The evaluation as the application's tables hold it. */
  Evaluation evaluation(String reference) {
    return EvaluationTables.bean(EvaluationLifecycle.class).get(reference);
  }

  /**
   * An unmoderated evaluation already graded, discussed and shared with its team, for the models that start from
   * one (a grade disputed after sharing).
   */
  void sharedEvaluation(String reference, Grade grade) {
    EvaluationTables.transaction().executeWithoutResult(status -> {
      Instant now = deadlines.now();
      Evaluation e = new Evaluation(reference, EvaluationType.MONTHLY, false, childCase(), "cevans", null, "kmorgan",
          now, deadlines.dueAfter(now, "P1M"));
      e.grades().recordFirstGrade(grade, "cevans");
      e.reflectiveDiscussion().record(LocalDate.ofInstant(now, deadlines.zone()), "The team", "Discussed", true, null,
          null);
      e.markSubmitted(now, null);
      e.markShared(now, deadlines.dueAfter(now, "P1M"));
      EvaluationTables.bean(EvaluationRepository.class).save(e);
    });
  }

  void register(ProcessEngine engine) {
    RuntimeService runtimeService = engine.getRuntimeService();
    EvaluationTables.empty();
    EvaluationTables.steps(engine).forEach(Mocks::register);
    Mocks.register("notify", delegate(ex -> notifications.add((String) ex.getVariableLocal("template"))));
    Mocks.register("saveEvaluationPdf", delegate(ex -> recordings.add("pdf")));
    Mocks.register("addCaseAuditNote", delegate(ex -> recordings.add("note:" + ex.getVariableLocal("noteKind"))));
    Mocks.register("prepareForm", prepareForm);
    Mocks.register("saveAnswers", (TaskListener) task -> EvaluationTables.transaction()
        .executeWithoutResult(status -> saveAnswers(task)));
    Mocks.register("raiseSafetyEscalation", step("raiseSafetyEscalation", ex -> { }));

    // cases of concern
    Mocks.register("openConcern", step("openConcern", ex -> {
      String reference = "CC-2026-" + String.format("%04d", references.incrementAndGet());
      ex.setProcessBusinessKey(reference);
      ex.setVariable("concernReference", reference);
      ex.setVariable(AUDITOR.name(), "cevans");
      ex.setVariable(PRACTICE_MANAGER.name(), "lharris");
      ex.setVariable(TEAM_MANAGER.name(), "pmurphy");
      ex.setVariable(SOCIAL_WORKER.name(), "ejones");
      ex.setVariable(AUDIT_MANAGER.name(), "kmorgan");
    }));
    Mocks.register("setConcernDeadlines", step("setConcernDeadlines", ex -> {
      Instant now = deadlines.now();
      Instant response = deadlines.dueAfter(now, "P7D");
      Instant meeting = deadlines.dueAfter(now, "P1M");
      ex.setVariable("practiceManagerResponseDueDate", Deadlines.toDate(response));
      ex.setVariable("practiceManagerResponseReminderDate", Deadlines.toDate(deadlines.reminderBefore(response, "P2D")));
      ex.setVariable("reviewMeetingDueDate", Deadlines.toDate(meeting));
      ex.setVariable("reviewMeetingReminderDate", Deadlines.toDate(deadlines.reminderBefore(meeting, "P7D")));
      ex.setVariable("progressReviewEvery", "P1M");
      Instant reAuditDue = deadlines.dueAfter(now, "P3M");
      ex.setVariable("reAuditDueDate", Deadlines.toDate(reAuditDue));
      ex.setVariable("reAuditAllocationDate", Deadlines.toDate(deadlines.reminderBefore(reAuditDue, "P1M")));
      ex.setVariable(RE_AUDIT_REFERENCE.name(), null);
      ex.setVariable(RE_AUDIT_GRADE.name(), null);
      ex.setVariable("improvementSustained", null);
    }));
    Mocks.register("scheduleProgressReview", step("scheduleProgressReview", ex -> {
      Instant due = deadlines.dueAfter(deadlines.now(), "P7D");
      ex.setVariable("progressReviewDueDate", Deadlines.toDate(due));
      ex.setVariable("progressReviewOverdueCycle", deadlines.cycleFrom(due, "P7D"));
    }));
    Mocks.register("allocateReAudit", step("allocateReAudit", ex ->
        ex.setVariable(RE_AUDIT_REFERENCE.name(), "PE-2026-0099")));
    Mocks.register("closeConcern", step("closeConcern", ex -> { }));
    Mocks.register("closeRevisedConcern", step("closeRevisedConcern", ex -> { }));
    Mocks.register("reviseConcernAfterDispute", step("reviseConcernAfterDispute", ex -> { }));
    Mocks.register("carryConcernOn", step("carryConcernOn", ex ->
        ex.setVariable(EVALUATION_REFERENCE.name(), ex.getVariable(RE_AUDIT_REFERENCE.name()))));

    // cycles, themes and requests
    Mocks.register("selectCycleCases", step("selectCycleCases", ex -> proposal(ex, "AC-2026-03")));
    Mocks.register("selectThematicCohort", step("selectThematicCohort", ex -> proposal(ex, "TH-2026-0001")));
    Mocks.register("startCycleEvaluations", step("startCycleEvaluations", ex -> { }));
    Mocks.register("recordAuditRequest", step("recordAuditRequest", ex -> {
      ex.setProcessBusinessKey("AR-2026-0001");
      ex.setVariable("requestReference", "AR-2026-0001");
      ex.setVariable(AUDIT_MANAGER.name(), "kmorgan");
      ex.setVariable("decisionDueDate", Deadlines.toDate(deadlines.dueAfter(deadlines.now(), "P7D")));
    }));
    Mocks.register("queueAuditRequest", step("queueAuditRequest", ex -> { }));
    Mocks.register("startMonthlyCycle", step("startMonthlyCycle", ex ->
        runtimeService.startProcessInstanceByKey("monthly-audit-cycle")));
    Mocks.register("cycleSchedule", new org.practiceevaluations.cycle.CycleConfiguration.CycleSettingsHolder(
        new org.practiceevaluations.cycle.CycleSettings(null, 1, 1, 1, 0.25, 12, 5, 42L)));
    Mocks.register("recordSafetyEscalation", step("recordSafetyEscalation", ex -> {
      ex.setVariableLocal(ESCALATION_ID.name(), 1L);
      Map<String, Object> d = durations(ex);
      Instant due = deadlines.dueAfter(deadlines.now(),
          text(d, EvaluationLifecycle.SAFETY_CONFIRMATION_WITHIN));
      ex.setVariableLocal(SAFETY_CONFIRMATION_DUE_DATE.name(), Deadlines.toDate(due));
      ex.setVariableLocal(SAFETY_CONFIRMATION_OVERDUE_CYCLE.name(),
          deadlines.cycleFrom(due, text(d, EvaluationLifecycle.SAFETY_CONFIRMATION_CHASE_EVERY)));
    }));
  }

  /**
   * The allocation "prepare the evaluation" asks for: the child's case and team as the case register and the
   * directory would give them, a new evaluation in the tables (numbered from 1 in each test: the tables start each
   * test empty), and the audit manager.
   */
  static EvaluationAllocation allocation() {
    EvaluationAllocation allocation = mock(EvaluationAllocation.class);
    when(allocation.auditManager()).thenReturn("kmorgan");
    when(allocation.allocate(any())).thenAnswer(call -> {
      AllocationRequest request = call.getArgument(0);
      Deadlines deadlines = EvaluationTables.bean(Deadlines.class);
      Instant now = deadlines.now();
      EvaluationRepository evaluations = EvaluationTables.bean(EvaluationRepository.class);
      Evaluation e = new Evaluation("PE-2026-" + String.format("%04d", evaluations.count() + 1),
          EvaluationType.parse(request.evaluationType()), request.moderator() != null, childCase(),
          request.auditor(), request.moderator(), request.allocatedBy(), now, deadlines.dueAfter(now, "P1M"));
      if (request.previousEvaluationReference() != null) {
        e.followUp(request.previousEvaluationReference());
      }
      return evaluations.save(e);
    });
    return allocation;
  }

  /**
   * Arthur Turner's case, allocated to ejones in Assessment Team North (team manager pmurphy, practice manager
   * lharris; head of service hashworth).
   */
  private static ChildCase childCase() {
    ChildCaseRepository cases = EvaluationTables.bean(ChildCaseRepository.class);
    return cases.findByChildReference(CHILD).orElseGet(() -> {
      ServiceArea area = EvaluationTables.bean(ServiceAreaRepository.class)
          .save(new ServiceArea("FDA", "Front Door", "hashworth"));
      Team team = EvaluationTables.bean(TeamRepository.class)
          .save(new Team("ATN", "Assessment Team North", area, "pmurphy", "lharris"));
      ChildCase child = new ChildCase(CHILD);
      child.update("Arthur", "Turner", LocalDate.of(2011, 3, 13), team, "ejones", null, LegalStatus.CHILD_IN_NEED,
          null, null, true);
      return cases.save(child);
    });
  }

  /**
   * What the forms' handlers do with the answers that carry a grade or the team's view of it: the evaluation's own
   * methods record them (docs/guide.md, "The practice evaluation", "Moderation", "A disputed grade"), and the
   * variables the models route on are read back from the evaluation. Other forms' answers stay variables.
   */
  private void saveAnswers(DelegateTask task) {
    String form = ((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef();
    if (!GRADE_FORMS.contains(form)) {
      return;
    }
    Evaluation e = evaluation(EvaluationTables.bean(ProcessEvaluations.class).referenceOf(task.getExecution()));
    LocalDate today = LocalDate.ofInstant(deadlines.now(), deadlines.zone());
    Grade before = e.grades().finalGrade();
    switch (form) {
      case "complete-evaluation" -> {
        e.replaceActions(actions(task.getVariable("actions")));
        e.grades().recordFirstGrade(Grade.parse((String) task.getVariable("overallGrade")), task.getAssignee());
        FIRST_GRADE.set(task, e.grades().firstGrade().code());
      }
      case "reflective-discussion" -> e.reflectiveDiscussion().record(today, "The team", "The grade was discussed.",
          teamAgrees(task), teamView(task), teamAgrees(task) ? null : "The team's reasons.");
      case "complete-moderation" -> {
        e.moderation().record(Grade.parse(MODERATED_GRADE.require(task)), null, null);
        MODERATED_GRADE.set(task, e.moderation().moderatedGrade().code());
      }
      case "moderation-discussion" -> e.completeModeration(today, "The moderator's grade was discussed.",
          teamAgrees(task), teamView(task), teamAgrees(task) ? null : "The team's reasons.", deadlines.now());
      case "discuss-grade" -> {
        boolean agreed = GRADE_AGREED.require(task);
        e.recordDisputeDiscussion("The grade was discussed again.", agreed,
            agreed ? Grade.parse((String) task.getVariable("agreedGrade")) : null, deadlines.now());
        FINAL_GRADE.set(task, e.grades().finalGrade().code());
        GRADE_REVISED.set(task, before != null && before != e.grades().finalGrade());
      }
      case "decide-grade" -> {
        e.decideGrade(Grade.parse((String) task.getVariable("decidedGrade")), task.getAssignee(),
            "The evidence supports it.", deadlines.now());
        FINAL_GRADE.set(task, e.grades().finalGrade().code());
        GRADE_REVISED.set(task, before != null && before != e.grades().finalGrade());
      }
      default -> throw new IllegalStateException(form);
    }
    EvaluationTables.bean(EvaluationRepository.class).save(e);
  }

  static final List<String> GRADE_FORMS = List.of("complete-evaluation", "reflective-discussion",
      "complete-moderation", "moderation-discussion", "discuss-grade", "decide-grade");

  private static boolean teamAgrees(DelegateTask task) {
    return !"no".equals(task.getVariable("teamAgreesWithGrade"));
  }

  private static Grade teamView(DelegateTask task) {
    Object view = task.getVariable("teamViewOfGrade");
    return teamAgrees(task) || view == null ? null : Grade.parse(view.toString());
  }

  /** The actions of the evaluation form: what, who and by when, as its rows give them. */
  @SuppressWarnings("unchecked")
  private static List<EvaluationAction> actions(Object rows) {
    List<EvaluationAction> actions = new ArrayList<>();
    if (rows != null) {
      for (Map<String, Object> row : (List<Map<String, Object>>) rows) {
        actions.add(new EvaluationAction((String) row.get("description"), (String) row.get("owner"),
            LocalDate.parse((String) row.get("dueDate")), null));
      }
    }
    return actions;
  }

  private void proposal(DelegateExecution ex, String reference) {
    ex.setProcessBusinessKey(reference);
    ex.setVariable("cycleReference", reference);
    ex.setVariable(AUDIT_MANAGER.name(), "kmorgan");
    ex.setVariable("reviewDueDate", Deadlines.toDate(deadlines.dueAfter(deadlines.now(), "P5D")));
  }

  private JavaDelegate step(String name, JavaDelegate body) {
    return StepDoubles.step(steps, name, body);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> durations(DelegateExecution ex) {
    return (Map<String, Object>) ex.getVariable(DEADLINES.name());
  }

  private static String text(Map<String, Object> map, String key) {
    return map.get(key).toString();
  }
}
