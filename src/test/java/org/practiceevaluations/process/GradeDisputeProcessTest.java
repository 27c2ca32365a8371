package org.practiceevaluations.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.practiceevaluations.evaluation.PracticeEvaluationProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceevaluations.evaluation.Deadlines;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.catalogue.Grade;

/**
 * The grade-dispute map (docs/guide.md, "A disputed grade"): a team that disputes the grade it received discusses it
 * with the auditor (recorded on the child's file); still disputed, the audit manager decides; a grade that changed is
 * filed again, sent to the team again, and the case of concern put right. Called from the practice evaluation, started
 * here on its own with the variables the call hands it.
 */
@Deployment(resources = "processes/grade-dispute.bpmn")
class GradeDisputeProcessTest extends WithEvaluationDoubles {

  @RegisterExtension
  static ProcessEngineExtension extension = coverageAtLeast(1.0);

  @Test
  void aGradeAgreedUnchangedAfterTheDiscussionStandsAndNothingIsSentAgain() {
    ProcessInstance dispute = dispute();
    assertThat(task("PE-2026-0042", "Task_DiscussReceivedGrade").getAssignee()).isEqualTo("cevans");
    assertThat(task("PE-2026-0042", "Task_DiscussReceivedGrade").getDueDate())
        .isEqualTo(runtimeService.getVariable(dispute.getId(), DISPUTE_DUE_DATE.name()));
    complete("PE-2026-0042", "Task_DiscussReceivedGrade", Map.of(GRADE_AGREED.name(), true, "agreedGrade",
        "requires-improvement"));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(dispute.getId())
        .variableName(GRADE_REVISED.name()).singleResult().getValue()).isEqualTo(false);
    assertThat(dispute).isEnded().hasPassed("Task_RecordDiscussion", "EndEvent_GradeStands")
        .hasNotPassed("Task_DecideDisputedGrade", "Task_SaveRevisedPdf");
    assertThat(doubles.recordings).containsExactly("note:grading-discussion");
    assertThat(doubles.notifications).isEmpty();
  }

  @Test
  void aGradeTheTeamAndAuditorAgreeToChangeIsFiledAndSentAgainAndTheConcernPutRight() {
    ProcessInstance dispute = dispute();
    complete("PE-2026-0042", "Task_DiscussReceivedGrade", Map.of(GRADE_AGREED.name(), true, "agreedGrade", "good"));
    // "If a grade is agreed, it becomes the final grade" (docs/guide.md, "A disputed grade")
    assertThat(doubles.evaluation("PE-2026-0042").grades().finalGrade()).isEqualTo(Grade.GOOD);
    assertThat(doubles.evaluation("PE-2026-0042").grades().finalGradeSource())
        .isEqualTo(Evaluation.FinalGradeSource.AGREED_AFTER_DISCUSSION);
    assertThat(dispute).isEnded().hasPassedInOrder("Task_RecordDiscussion", "Task_SaveRevisedPdf",
        "Task_AddRevisedNote", "Task_SendRevised", "Task_PutConcernRight", "EndEvent_RevisedSent");
    assertThat(doubles.recordings).containsExactly("note:grading-discussion", "pdf", "note:evaluation-summary");
    assertThat(doubles.notifications).containsExactly("evaluation-revised");
    assertThat(doubles.steps).contains("reviseConcernAfterDispute");
  }

  @Test
  void aGradeStillDisputedAfterTheDiscussionIsDecidedByTheAuditManager() {
    ProcessInstance dispute = dispute();
    complete("PE-2026-0042", "Task_DiscussReceivedGrade", Map.of(GRADE_AGREED.name(), false));
    assertThat(doubles.notifications).containsExactly("grade-dispute-referred");
    assertThat(task("PE-2026-0042", "Task_DecideDisputedGrade").getAssignee()).isEqualTo("kmorgan");
    complete("PE-2026-0042", "Task_DecideDisputedGrade", Map.of("decidedGrade", "good"));
    // "their grade is final" (docs/guide.md, "A disputed grade")
    assertThat(doubles.evaluation("PE-2026-0042").grades().finalGrade()).isEqualTo(Grade.GOOD);
    assertThat(doubles.evaluation("PE-2026-0042").grades().finalGradeSource())
        .isEqualTo(Evaluation.FinalGradeSource.AUDIT_MANAGER);
    assertThat(dispute).isEnded().hasPassed("Task_DecideDisputedGrade", "Task_SendRevised");
  }

  /** The team disputes the requires-improvement it received for PE-2026-0042, as the evaluation map hands it over. */
  ProcessInstance dispute() {
    doubles.sharedEvaluation("PE-2026-0042", Grade.REQUIRES_IMPROVEMENT);
    Map<String, Object> variables = new HashMap<>();
    variables.put(EVALUATION_REFERENCE.name(), "PE-2026-0042");
    variables.put(AUDITOR.name(), "cevans");
    variables.put(AUDIT_MANAGER.name(), "kmorgan");
    variables.put(DISPUTE_DUE_DATE.name(), Deadlines.toDate(now().plusSeconds(14 * 86_400)));
    ProcessInstance dispute = runtimeService.startProcessInstanceByKey("grade-dispute", "PE-2026-0042", variables);
    runAsyncSteps();
    return dispute;
  }
}
