package org.practiceevaluations.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.concern.CaseOfConcern;
import org.practiceevaluations.concern.CaseOfConcernRepository;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.notification.Outbox;
import org.practiceevaluations.recording.CaseNoteEntry;
import org.practiceevaluations.recording.CaseNoteEntryRepository;
import org.practiceevaluations.recording.FiledDocumentRepository;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.BackgroundSteps;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The team disputes a grade after the evaluation reached it (docs/guide.md, "A disputed grade"): an unmoderated
 * evaluation graded inadequate, agreed at the reflective discussion, told to the team before it was sent and shared,
 * opens a case of concern; the team manager then disputes the grade within the time the team has, the auditor and the
 * team agree it requires improvement, and the revised evaluation is filed and sent again while the case of concern it
 * opened closes. Through the REST API as the demo users, with the real steps behind the maps.
 */
@AppTest
class DisputeAfterSharingJourneyTest {

  static final String CHILD = "C105532"; // Family Safeguarding Team 2: social worker jreid, team manager rtaylor

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired EvaluationRepository evaluations;
  @Autowired CaseOfConcernRepository concerns;
  @Autowired CaseNoteEntryRepository caseNotes;
  @Autowired FiledDocumentRepository documents;
  @Autowired Outbox outbox;
  @Autowired TransactionTemplate tx;

  @Test
  void aGradeTheTeamDisputesAfterSharingIsSettledFiledAndSentAgainAndTheConcernItOpenedCloses() {
    TasklistClient auditManager = new TasklistClient(port, "kmorgan");
    TasklistClient auditor = new TasklistClient(port, "pmurphy");
    TasklistClient teamManager = new TasklistClient(port, "rtaylor");
    String ref = auditManager.startProcess("practice-evaluation", Map.of("childReference", CHILD,
        "evaluationType", "monthly", "auditor", "pmurphy")).json().get("businessKey").asText();
    BackgroundSteps.run(managementService);
    auditor.complete(ref, Elements.READ_ALLOCATION, Answers.allocationRead());
    auditor.complete(ref, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(false));
    auditor.complete(ref, Elements.COMPLETE_EVALUATION, Answers.evaluation("inadequate", "jreid", "rtaylor"));
    auditor.complete(ref, Elements.REFLECTIVE_DISCUSSION, Answers.reflectiveDiscussion(true));
    BackgroundSteps.run(managementService);
    auditor.complete(ref, Elements.SPEAK_TO_TEAM, Map.of("spokeToTeamOn", LocalDate.now().toString(),
        "spokeToTeamNotes", "Went through the findings with the social worker and team manager."));
    BackgroundSteps.run(managementService);
    assertThat(concerns.findByCurrentEvaluationReferenceAndStatus(ref, CaseOfConcern.Status.OPEN)).isPresent();
    assertThat(documents.findByEvaluationReferenceOrderByStoredAtDescIdDesc(ref)).hasSize(1);

    // the team manager, having read it, disputes the grade within the two weeks the team has
    String accept = teamManager.task(ref, Elements.TEAM_ACCEPTS_GRADE);
    Http.Response sameGrade = teamManager.submit(accept, Map.of("teamAcceptsGrade", "no",
        "teamViewOfGrade", "inadequate", "teamViewReason", "x"));
    assertThat(sameGrade.status()).isEqualTo(400);
    assertThat(sameGrade.json().get("message").asText()).contains("is the grade it received");
    teamManager.complete(ref, Elements.TEAM_ACCEPTS_GRADE, Map.of("teamAcceptsGrade", "no",
        "teamViewOfGrade", "requires-improvement",
        "teamViewReason", "The safety plan was in place; the recording gaps are being put right."));
    BackgroundSteps.run(managementService);

    auditor.complete(ref, "Task_DiscussReceivedGrade", Map.of("disputeDiscussion",
        "We went through the safety plan together; the team is right that the child was kept safe.",
        "gradeAgreed", "yes", "agreedGrade", "requires-improvement"));
    BackgroundSteps.run(managementService);

    tx.executeWithoutResult(s -> {
      Evaluation e = evaluations.findByReference(ref).orElseThrow();
      assertThat(e.grades().finalGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
      assertThat(e.grades().finalGradeSource()).isEqualTo(Evaluation.FinalGradeSource.AGREED_AFTER_DISCUSSION);
      assertThat(e.dispute().sharedDisputeBy()).isEqualTo("rtaylor");
      assertThat(e.dispute().sharedDisputeGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
      assertThat(e.reflectiveDiscussion().teamView()).as("section 15's view is kept apart").isNull();
    });
    assertThat(documents.findByEvaluationReferenceOrderByStoredAtDescIdDesc(ref)).as("the revised evaluation is filed")
        .hasSize(2);
    assertThat(caseNotes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(ref)).extracting(CaseNoteEntry::getKind)
        .containsSubsequence("evaluation-summary", "grading-discussion", "evaluation-summary");
    assertThat(outbox.messages(null, "evaluation-revised", ref, null, 50)).extracting(Outbox.Message::recipient)
        .contains("jreid", "rtaylor", "pmurphy");
    CaseOfConcern concern = concerns.findByFirstEvaluationReference(ref).orElseThrow();
    assertThat(concern.getStatus()).isEqualTo(CaseOfConcern.Status.CLOSED);
    assertThat(concern.getOutcome()).isEqualTo(CaseOfConcern.Outcome.GRADE_REVISED);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(concern.getProcessInstanceId()).count())
        .isZero();
    assertThat(outbox.messages("mbegum", "concern-closed-grade-revised", null, null, 50)).isNotEmpty();
  }
}
