package org.practiceevaluations.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.practiceevaluations.learning.LearningNeedsProcess.Elements.*;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceevaluations.learning.LearningNeedsProcess;

/**
 * The learning needs summary (docs/guide.md, "Learning from evaluations") on a plain engine, the application's beans
 * replaced by test doubles.
 */
@Deployment(resources = "processes/learning-needs-summary.bpmn")
class LearningNeedsSummaryProcessTest extends WithLearningDoubles {

  @RegisterExtension
  static ProcessEngineExtension extension = coverageAtLeast(0.95);

  @Test
  void thePeriodIsWorkedOutAtOnceThenTheSummaryIsSavedAndSentToLearningAndDevelopment() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(LearningNeedsProcess.KEY);

    // the period is checked in the starter's own transaction; saving waits for the job executor
    assertThat(pi).hasPassed(WORK_OUT_PERIOD).isWaitingAt(SUMMARISE);
    assertThat(pi.getBusinessKey()).isEqualTo("LN-2026-0001");
    runAsyncSteps();

    assertThat(pi).isEnded().hasPassedInOrder(STARTED, WORK_OUT_PERIOD, SUMMARISE, SEND, SENT);
    assertThat(doubles.steps).containsExactly("learningNeedsPeriod", "summariseLearningNeeds");
    assertThat(doubles.notifications).containsExactly("learning-needs-summary");
  }
}
