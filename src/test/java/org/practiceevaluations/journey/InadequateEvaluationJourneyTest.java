package org.practiceevaluations.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.concern.CaseOfConcern;
import org.practiceevaluations.concern.CaseOfConcernProcess;
import org.practiceevaluations.concern.CaseOfConcernRepository;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess.Elements;
import org.practiceevaluations.evaluation.SafetyEscalation;
import org.practiceevaluations.notification.Outbox;
import org.practiceevaluations.recording.CaseNoteEntry;
import org.practiceevaluations.recording.CaseNoteEntryRepository;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.BackgroundSteps;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An unmoderated evaluation where the family could not safely be contacted, a child is escalated as at risk from
 * the evaluation form, the team disputes the grade, the audit manager decides it is inadequate, the auditor speaks to
 * the team before the evaluation is sent to them, and a case of concern opens: all through the REST API as the demo
 * users, with the real steps behind the maps.
 */
@AppTest
class InadequateEvaluationJourneyTest {

  static final String CHILD = "C105014"; // Family Safeguarding Team 1: social worker bcooper, team manager nadeyemi

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired EvaluationRepository evaluations;
  @Autowired CaseOfConcernRepository concerns;
  @Autowired CaseNoteEntryRepository caseNotes;
  @Autowired Outbox outbox;
  @Autowired TransactionTemplate tx;

  @Test
  void aDisputedGradeDecidedInadequateOpensACaseOfConcernAndAnEscalatedChildReachesTheHeadOfService() {
    TasklistClient auditManager = new TasklistClient(port, "kmorgan");
    TasklistClient auditor = new TasklistClient(port, "pmurphy");
    TasklistClient headOfService = new TasklistClient(port, "dokafor");
    TasklistClient practiceManager = new TasklistClient(port, "mbegum");

    Http.Response started = auditManager.startProcess("practice-evaluation", Map.of("childReference", CHILD,
        "evaluationType", "monthly", "auditor", "pmurphy"));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String ref = started.json().get("businessKey").asText();
    runBackgroundSteps();

    auditor.complete(ref, Elements.READ_ALLOCATION, Answers.allocationRead());
    Map<String, Object> contact = Answers.socialWorkerContacted(false);
    contact.put("raiseSafetyConcern", true);
    contact.put("safetyConcern", "The social worker described bruising seen last week that is not on the file.");
    auditor.complete(ref, Elements.CONTACT_SOCIAL_WORKER, contact);
    runBackgroundSteps();

    // the family is not contacted: the next task is the evaluation itself; the head of service has a task
    auditor.task(ref, Elements.COMPLETE_EVALUATION);
    headOfService.complete(ref, Elements.CONFIRM_SAFETY_ACTION,
        Map.of("actionTaken", "Strategy discussion held the same day; child seen by the police and a paediatrician."));
    runBackgroundSteps();

    auditor.complete(ref, Elements.COMPLETE_EVALUATION, Answers.evaluation("requires-improvement", "bcooper",
        "nadeyemi"));
    auditor.complete(ref, Elements.REFLECTIVE_DISCUSSION, Answers.reflectiveDiscussion(false));
    runBackgroundSteps();
    auditor.complete(ref, Elements.DISCUSS_GRADE, Map.of("disputeDiscussion",
        "We went through the evidence again; the team still thinks good.", "gradeAgreed", "no"));
    runBackgroundSteps();
    auditManager.complete(ref, Elements.DECIDE_GRADE, Map.of("decidedGrade", "inadequate",
        "decisionReason", "Safeguarding concerns were not recorded or acted on."));
    runBackgroundSteps();

    // no surprises: nothing is filed or sent to the team before the auditor has spoken to them
    assertThat(outbox.messages(null, null, ref, null, 200)).extracting(Outbox.Message::template)
        .doesNotContain("evaluation-shared");
    assertThat(caseNotes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(ref)).extracting(CaseNoteEntry::getKind)
        .doesNotContain("evaluation-summary");
    auditor.complete(ref, Elements.SPEAK_TO_TEAM,
        Map.of("spokeToTeamOn", LocalDate.now().toString(), "spokeToTeamNotes", "Told the team face to face."));
    runBackgroundSteps();

    tx.executeWithoutResult(s -> {
      Evaluation e = evaluations.findByReference(ref).orElseThrow();
      assertThat(e.contact().familyContactSafe()).isFalse();
      assertThat(e.contact().familyNotContactedReason()).contains("police investigation");
      assertThat(e.grades().firstGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
      assertThat(e.dispute().gradeDisputed()).isTrue();
      assertThat(e.reflectiveDiscussion().teamView()).isEqualTo(Grade.GOOD);
      assertThat(e.grades().finalGrade()).isEqualTo(Grade.INADEQUATE);
      assertThat(e.grades().finalGradeSource()).isEqualTo(Evaluation.FinalGradeSource.AUDIT_MANAGER);
      assertThat(e.dispute().decidedBy()).isEqualTo("kmorgan");
      assertThat(e.teamFollowUp().teamToldOfOutcomeBy()).isEqualTo("pmurphy");
      assertThat(e.teamFollowUp().teamToldOfOutcomeNotes()).isEqualTo("Told the team face to face.");
      assertThat(e.getSafetyEscalations()).singleElement().satisfies(esc -> {
        assertThat(esc.getRaisedBy()).isEqualTo("pmurphy");
        assertThat(esc.getHeadOfService()).isEqualTo("dokafor");
        assertThat(esc.getConfirmedBy()).isEqualTo("dokafor");
        assertThat(esc.getActionTaken()).startsWith("Strategy discussion");
      });
    });
    assertThat(caseNotes.findByEvaluationReferenceOrderByCreatedAtDescIdDesc(ref)).extracting(CaseNoteEntry::getKind)
        .contains("grading-discussion", "evaluation-summary");
    assertThat(outbox.messages(null, null, ref, null, 200)).extracting(Outbox.Message::template)
        .contains("safety-escalation", "safety-escalation-confirmed", "grade-dispute-referred", "evaluation-shared");

    // the case of concern: everyone told, the practice manager responds, the review meeting is held
    CaseOfConcern concern = concerns.findByCurrentEvaluationReferenceAndStatus(ref, CaseOfConcern.Status.OPEN)
        .orElseThrow();
    ProcessInstance concernInstance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CaseOfConcernProcess.KEY).processInstanceBusinessKey(concern.getReference())
        .singleResult();
    assertThat(concernInstance).isNotNull();
    assertThat(outbox.messages(null, null, ref, null, 200)).extracting(Outbox.Message::template)
        .contains("inadequate-evaluation-circulated");
    practiceManager.complete(concern.getReference(), CaseOfConcernProcess.Elements.PRACTICE_MANAGER_RESPONSE,
        Map.of("responseActions", "Safeguarding plan reviewed; chronology updated.",
            "responseToFindings", "I accept the findings."));
    runBackgroundSteps();
    assertThat(outbox.messages("kmorgan", "practice-manager-response-received", null, null, 50)).isNotEmpty();
    Map<String, Object> meeting = new HashMap<>();
    meeting.put("reviewMeetingOn", LocalDate.now().toString());
    meeting.put("reviewAttendees", "Auditor, audit manager, team manager, social worker, practice manager");
    meeting.put("reviewOutcome", "Remedial actions on track.");
    auditManager.complete(concern.getReference(), CaseOfConcernProcess.Elements.REVIEW_MEETING, meeting);
    runBackgroundSteps();

    tx.executeWithoutResult(s -> {
      CaseOfConcern c = concerns.findByReference(concern.getReference()).orElseThrow();
      assertThat(c.getResponseActions()).startsWith("Safeguarding plan");
      assertThat(c.getReviewOutcome()).isEqualTo("Remedial actions on track.");
      assertThat(c.getReAuditDueOn()).isAfter(LocalDate.now().plusMonths(2));
      assertThat(c.getPracticeManager()).isEqualTo("mbegum");
    });
    Job allocation = managementService.createJobQuery().processInstanceId(concernInstance.getId()).timers()
        .activityId(CaseOfConcernProcess.Elements.ALLOCATE_RE_AUDIT_TIMER).singleResult();
    assertThat(allocation).isNotNull();

    // the re-audit is allocated by the concern itself, due within three months of the grade
    managementService.executeJob(allocation.getId());
    runBackgroundSteps();
    tx.executeWithoutResult(s -> {
      CaseOfConcern c = concerns.findByReference(concern.getReference()).orElseThrow();
      Evaluation reAudit = evaluations.findByReference(c.getReAuditEvaluationReference()).orElseThrow();
      assertThat(reAudit.getType()).isEqualTo(org.practiceevaluations.evaluation.EvaluationType.RE_AUDIT);
      assertThat(reAudit.getPreviousEvaluationReference()).isEqualTo(ref);
      assertThat(reAudit.people().auditor()).as("the first auditor knows the earlier findings").isEqualTo("pmurphy");
      assertThat(reAudit.dates().dueAt()).isBeforeOrEqualTo(c.getReAuditDueOn().atTime(17, 0)
          .atZone(java.time.ZoneId.of("Europe/London")).toInstant());
    });
    assertThat(outbox.messages(null, "re-audit-due", null, null, 50)).extracting(Outbox.Message::recipient)
        .contains("kmorgan");
  }

  @Test
  void anAuditorsInadequateGradeReachesTheAuditManagerSocialWorkerAndTeamManagerAtOnceWithTheRemedialActions() {
    TasklistClient auditManager = new TasklistClient(port, "kmorgan");
    TasklistClient auditor = new TasklistClient(port, "pmurphy");
    String ref = auditManager.startProcess("practice-evaluation", Map.of("childReference", "C105162",
        "evaluationType", "monthly", "auditor", "pmurphy")).json().get("businessKey").asText();
    runBackgroundSteps();
    auditor.complete(ref, Elements.READ_ALLOCATION, Answers.allocationRead());
    auditor.complete(ref, Elements.CONTACT_SOCIAL_WORKER, Answers.socialWorkerContacted(false));
    auditor.complete(ref, Elements.COMPLETE_EVALUATION, Answers.evaluation("inadequate", "bcooper", "nadeyemi"));
    runBackgroundSteps();

    // before the reflective discussion, and long before anything is shared
    auditor.task(ref, Elements.REFLECTIVE_DISCUSSION);
    List<Outbox.Message> atOnce = outbox.messages(null, "inadequate-grade", ref, null, 20);
    assertThat(atOnce).extracting(Outbox.Message::recipient).containsExactlyInAnyOrder("kmorgan", "bcooper",
        "nadeyemi");
    assertThat(atOnce).allSatisfy(mail -> {
      assertThat(mail.subject()).isEqualTo(ref + ": graded inadequate, remedial actions needed");
      assertThat(mail.text()).contains("The auditor has graded the practice evaluation " + ref,
          "(C105162) inadequate.",
          "before the written evaluation is sent, so there are no surprises", "These are the remedial actions needed");
    });
    assertThat(outbox.messages(null, "evaluation-shared", ref, null, 20)).isEmpty();
  }

  @Test
  void aHeadOfServiceCannotConfirmAnEscalationWithoutSayingWhatWasDone() {
    TasklistClient auditManager = new TasklistClient(port, "kmorgan");
    Http.Response started = auditManager.startProcess("practice-evaluation", Map.of("childReference", "C105088",
        "evaluationType", "monthly", "auditor", "pmurphy"));
    String ref = started.json().get("businessKey").asText();
    runBackgroundSteps();
    Http.Response raised = Http.basic(port, "pmurphy", "demo").sendJson("POST",
        "/api/evaluations/" + ref + "/safety-escalations", "{\"concern\": \"Child left alone overnight.\"}", false);
    assertThat(raised.status()).as(raised.toString()).isEqualTo(202);
    assertThat(Http.basic(port, "ejones", "demo").sendJson("POST", "/api/evaluations/" + ref + "/safety-escalations",
        "{\"concern\": \"x\"}", false).status()).isEqualTo(404);
    runBackgroundSteps();
    TasklistClient headOfService = new TasklistClient(port, "dokafor");
    String task = headOfService.task(ref, Elements.CONFIRM_SAFETY_ACTION);
    Http.Response refused = headOfService.submit(task, Map.of());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("What was done to keep the child safe is needed.");
    tx.executeWithoutResult(s -> assertThat(evaluations.findByReference(ref).orElseThrow().getSafetyEscalations())
        .extracting(SafetyEscalation::isConfirmed).containsExactly(false));
  }

  void runBackgroundSteps() {
    BackgroundSteps.run(managementService);
  }
}
