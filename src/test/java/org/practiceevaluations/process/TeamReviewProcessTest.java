package org.practiceevaluations.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.practiceevaluations.learning.TeamReviewProcess.Elements.*;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceevaluations.learning.TeamReviewProcess;

/** A team review meeting (guide: frequent low grades) on a plain engine, beans replaced by test doubles. */
@Deployment(resources = "processes/team-review.bpmn")
class TeamReviewProcessTest extends WithLearningDoubles {

  @RegisterExtension
  static ProcessEngineExtension extension = coverageAtLeast(0.95);

  @Test
  void theManagersAreInvitedTheAuditManagerHoldsTheMeetingAndTheActionPlanGoesToThem() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(TeamReviewProcess.KEY, Map.of(
        TeamReviewProcess.Vars.TEAM_CODE.name(), "FST2",
        TeamReviewProcess.Vars.REVIEW_REASON.name(), "Three or more of the team's recent practice evaluations were graded "
            + "requires improvement or inadequate."));

    assertThat(pi).hasPassed(OPEN).isWaitingAt(INVITE);
    runAsyncSteps();
    assertThat(doubles.notifications).containsExactly("team-review-invitation");
    assertThat(runtimeService.getVariable(pi.getId(), TeamReviewProcess.Vars.REASON.name())).asString()
        .startsWith("Three or more");
    Task hold = task("TR-2026-0001", HOLD);
    assertThat(hold.getAssignee()).isEqualTo("kmorgan");
    assertThat(hold.getDueDate().toInstant()).isEqualTo(doubles.deadlines.dueAfter(now(), "P1M"));

    complete("TR-2026-0001", HOLD);

    assertThat(pi).isEnded().hasPassedInOrder(STARTED, OPEN, INVITE, HOLD, SEND_PLAN, HELD);
    assertThat(doubles.notifications).containsExactly("team-review-invitation", "team-review-action-plan");
  }
}
