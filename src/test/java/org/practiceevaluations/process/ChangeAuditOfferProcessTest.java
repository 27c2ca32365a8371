package org.practiceevaluations.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.practiceevaluations.changeaudit.ChangeAuditProcess.Elements.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceevaluations.changeaudit.ChangeAuditProcess.Vars;
import org.practiceevaluations.changeaudit.ChangeAuditProcess;
import org.practiceevaluations.common.EngineClock;
import org.practiceevaluations.evaluation.Deadlines;

/**
 * The audit offered at a case's transfer or closure (docs/guide.md, "The monthly audit cycle, requests and audit
 * types") on a plain engine with the real evaluation-deadlines decision, the application's beans replaced by test
 * doubles that set the variables the real ones set.
 */
@Deployment(resources = {"processes/change-audit-offer.bpmn", "processes/evaluation-deadlines.dmn"})
class ChangeAuditOfferProcessTest extends ProcessTestBase {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  final Deadlines deadlines = new Deadlines(new EngineClock(ZoneId.of("Europe/London")));
  final List<String> steps = new ArrayList<>();
  final List<String> notifications = new ArrayList<>();

  @Override
  ProcessEngine processEngine() {
    return extension.getProcessEngine();
  }

  @BeforeEach
  void registerDoubles() {
    Mocks.register("prepareForm", mock(TaskListener.class));
    Mocks.register("saveAnswers", mock(TaskListener.class));
    Mocks.register("notify", delegate(ex -> notifications.add((String) ex.getVariableLocal("template"))));
    Mocks.register("recordChangeAuditOffer", delegate(ex -> {
      steps.add("recordChangeAuditOffer");
      ex.setProcessBusinessKey("CA-2026-0001");
      Vars.OFFER_REFERENCE.set(ex, "CA-2026-0001");
      Vars.TEAM_MANAGER.set(ex, "lmoore");
    }));
    Mocks.register("setChangeAuditDueDate", delegate(ex -> {
      steps.add("setChangeAuditDueDate");
      Map<String, Object> durations = Vars.DEADLINES.get(ex);
      Instant due = deadlines.dueAfter(deadlines.now(),
          Deadlines.duration(durations, "evaluation-deadlines", "changeAuditDecisionWithin"));
      Vars.CHANGE_AUDIT_DUE_DATE.set(ex, Deadlines.toDate(due));
      Vars.CHANGE_AUDIT_CHASE_CYCLE.set(ex,
          deadlines.cycleFrom(due, Deadlines.duration(durations, "evaluation-deadlines", "changeAuditChaseEvery")));
    }));
    Mocks.register("startChangeAudit", delegate(ex -> {
      steps.add("startChangeAudit:" + Vars.CHANGE_KIND.get(ex));
      Vars.EVALUATION_REFERENCE.set(ex, "PE-2026-0042");
    }));
  }

  interface Body {
    void run(DelegateExecution execution) throws Exception;
  }

  private static JavaDelegate delegate(Body body) {
    JavaDelegate delegate = mock(JavaDelegate.class);
    try {
      doAnswer(invocation -> {
        body.run(invocation.getArgument(0));
        return null;
      }).when(delegate).execute(any());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return delegate;
  }

  private ProcessInstance caseChanged(String kind) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(Vars.CHILD_REFERENCE.name(), "C100001");
    vars.put(Vars.CHANGE_KIND.name(), kind);
    vars.put(Vars.TEAM_CODE.name(), "ATN");
    vars.put(Vars.FROM_TEAM_CODE.name(), kind.equals("transfer") ? "ATS" : null);
    return runtimeService.startProcessInstanceByKey(ChangeAuditProcess.KEY, vars);
  }

  @Test
  void aClosedCaseOffersItsTeamManagerAClosureAuditDueInTwoWeeksWhichTheyStart() {
    ProcessInstance pi = caseChanged("closure");

    assertThat(pi).hasPassedInOrder(STARTED, RECORD, WORK_OUT_DEADLINES, SET_DUE_DATE).isWaitingAt(DECIDE);
    Task offer = task("CA-2026-0001", DECIDE);
    assertThat(offer.getAssignee()).isEqualTo("lmoore");
    assertThat(offer.getDueDate().toInstant()).isEqualTo(deadlines.dueAfter(now(), "P14D"));

    complete("CA-2026-0001", DECIDE, Map.of(Vars.START_AUDIT.name(), true));

    assertThat(pi).isEnded().hasPassedInOrder(DECIDE, STARTED_GATEWAY, START_AUDIT, AUDIT_STARTED);
    assertThat(steps).containsExactly("recordChangeAuditOffer", "setChangeAuditDueDate", "startChangeAudit:closure");
    assertThat(notifications).isEmpty();
  }

  @Test
  void aTransferredCaseOffersATransferAuditWhichTheManagerMaySayIsNotNeeded() {
    ProcessInstance pi = caseChanged("transfer");

    complete("CA-2026-0001", DECIDE, Map.of(Vars.START_AUDIT.name(), false));

    assertThat(pi).isEnded().hasPassed(NOT_STARTED).hasNotPassed(START_AUDIT);
    assertThat(steps).doesNotContain("startChangeAudit:transfer");
  }

  @Test
  void anOfferNotDoneByItsDueDateIsChasedEveryWeekUntilItIsDone() {
    ProcessInstance pi = caseChanged("closure");
    Instant due = task("CA-2026-0001", DECIDE).getDueDate().toInstant();

    Job chase = timer("CA-2026-0001", CHASE);
    assertThat(chase.getDuedate().toInstant()).isEqualTo(due);
    fire(chase);
    assertThat(pi).hasPassed(SEND_CHASE, CHASED).isWaitingAt(DECIDE);
    assertThat(notifications).containsExactly("change-audit-overdue");

    Job again = timer("CA-2026-0001", CHASE);
    assertThat(again.getDuedate().toInstant()).isEqualTo(due.plus(Duration.ofDays(7)));
    fire(again);
    assertThat(notifications).containsExactly("change-audit-overdue", "change-audit-overdue");

    complete("CA-2026-0001", DECIDE, Map.of(Vars.START_AUDIT.name(), true));
    assertThat(pi).isEnded();
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }
}
