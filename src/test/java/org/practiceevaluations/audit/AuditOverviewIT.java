package org.practiceevaluations.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.practiceevaluations.cycle.CycleProcess;
import org.practiceevaluations.evaluation.PracticeEvaluationProcess;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The audit overview and the evaluation tab over REST, on the known {@link AuditDataSet}: every figure below is
 * worked out by hand in that class's description, on 18 November 2026 at 10:00 (London).
 */
@AuditDataSetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditOverviewIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtime;

  AuditDataSet data;
  JsonNode overview;

  @BeforeAll
  void seedAndRead() {
    data = AuditDataSet.in(context);
    Http.Response response = auditManager().get("/api/audit/overview");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    overview = response.json();
  }

  @AfterAll
  void realTime() {
    AuditDataSet.backToRealTime();
  }

  @Test
  void theOverviewIsAsAtNowInTheCouncilsTimeZone() {
    assertThat(overview.get("asOf").asText()).isEqualTo("2026-11-18T10:00:00Z");
    assertThat(overview.get("timeZone").asText()).isEqualTo("Europe/London");
  }

  @Test
  void openEvaluationsAreCountedByStage() {
    assertThat(counts(overview.get("stages"), "stage", "count")).containsExactly(
        Map.entry("ALLOCATED", 2L), Map.entry("IN_PROGRESS", 2L), Map.entry("AWAITING_MODERATION", 1L),
        Map.entry("GRADE_DISPUTED", 0L), Map.entry("SHARED", 4L), Map.entry("ACTIONS_OPEN", 1L));
    assertThat(overview.get("openEvaluations").asLong()).isEqualTo(10);
  }

  @Test
  void andByServiceArea() {
    JsonNode areas = overview.get("serviceAreas");
    assertThat(texts(areas, "code")).containsExactly("CIC", "FDA", "SFS");
    assertThat(stageCounts(areas.get(0))).containsExactly(0L, 1L, 0L, 0L, 2L, 1L);
    assertThat(stageCounts(areas.get(1))).containsExactly(1L, 1L, 0L, 0L, 1L, 0L);
    assertThat(stageCounts(areas.get(2))).containsExactly(1L, 0L, 1L, 0L, 1L, 0L);
    assertThat(longs(areas, "open")).containsExactly(4L, 3L, 3L);
    assertThat(areas.get(1).get("name").asText()).isEqualTo("Front Door and Assessment");
  }

  @Test
  void overdueEvaluationsComeEarliestDueFirstWithWhoHoldsThem() {
    JsonNode overdue = overview.get("overdueEvaluations");
    assertThat(texts(overdue, "reference")).containsExactly(data.reference("A2"), data.reference("M1"),
        data.reference("P1"));
    assertThat(texts(overdue, "what")).containsExactly("Evaluation", "Moderation", "Evaluation");
    assertThat(texts(overdue, "team")).containsExactly("Family Safeguarding Team 1", "Family Safeguarding Team 2",
        "Assessment Team South");
    assertThat(overdue.findValuesAsText("userId")).containsExactly("cgreen", "sclarke", "rking");
    assertThat(overdue.findValuesAsText("name")).containsExactly("Catherine Green", "Simon Clarke", "Rachel King");
    assertThat(texts(overdue, "dueAt")).containsExactly("2026-11-08T17:00:00Z", "2026-11-11T17:00:00Z",
        "2026-11-13T17:00:00Z");
    assertThat(longs(overdue, "daysOverdue")).containsExactly(10L, 7L, 5L);
    assertThat(texts(overdue, "processInstanceId")).containsExactly(data.processOf("A2"), data.processOf("M1"),
        data.processOf("P1"));
  }

  @Test
  void overdueTeamCaseNotes() {
    JsonNode notes = overview.get("overdueCaseNotes");
    assertThat(texts(notes, "reference")).containsExactly(data.reference("S1"));
    JsonNode note = notes.get(0);
    assertThat(note.get("team").asText()).isEqualTo("Assessment Team North");
    assertThat(note.get("teamManager").get("name").asText()).isEqualTo("Paul Murphy");
    assertThat(note.get("dueAt").asText()).isEqualTo("2026-11-05T17:00:00Z");
    assertThat(note.get("daysOverdue").asLong()).isEqualTo(13);
    assertThat(note.get("processInstanceId").asText()).isEqualTo(data.processOf("S1"));
  }

  @Test
  void openCasesOfConcernWithTheirNextDeadline() {
    JsonNode concerns = overview.get("concerns");
    assertThat(texts(concerns, "reference")).containsExactly("CC-2026-0002", "CC-2026-0001");
    assertThat(texts(concerns, "evaluationReference")).containsExactly(data.reference("X1"), data.reference("X2"));
    assertThat(texts(concerns, "processInstanceId")).containsExactly(data.concernOf("X1").processInstanceId(),
        data.concernOf("X2").processInstanceId());
    assertThat(texts(concerns, "team")).containsExactly("Family Safeguarding Team 2", "Children in Care Team");

    JsonNode late = concerns.get(0);
    assertThat(late.get("openedAt").asText()).isEqualTo("2026-10-30T10:00:00Z");
    assertDeadline(late.get("next"), "Practice manager's response", "2026-11-06T17:00:00Z", null, "OVERDUE", 12);
    JsonNode lateDeadlines = late.get("deadlines");
    assertDeadline(lateDeadlines.get(0), "Practice manager's response", "2026-11-06T17:00:00Z", null, "OVERDUE", 12);
    assertDeadline(lateDeadlines.get(1), "Review meeting", "2026-11-30T17:00:00Z", null, "DUE", 12);
    assertDeadline(lateDeadlines.get(2), "Next monthly progress review", null, null, "NOT_YET", 0);
    assertDeadline(lateDeadlines.get(3), "Re-audit", "2027-01-28T17:00:00Z", null, "DUE", 71);

    JsonNode answered = concerns.get(1);
    assertDeadline(answered.get("deadlines").get(0), "Practice manager's response", "2026-10-26T17:00:00Z",
        "2026-10-24T11:00:00Z", "DONE", 0);
    assertDeadline(answered.get("next"), "Review meeting", "2026-11-19T17:00:00Z", null, "DUE", 1);
    assertDeadline(answered.get("deadlines").get(3), "Re-audit", "2027-01-15T17:00:00Z", null, "DUE", 58);
  }

  @Test
  void finalGradesOfThisQuarterAgainstTheLast() {
    JsonNode grades = overview.get("grades");
    assertThat(grades.get("thisQuarter").get("label").asText()).isEqualTo("October to December 2026");
    assertThat(grades.get("lastQuarter").get("label").asText()).isEqualTo("July to September 2026");
    assertThat(grades.get("thisQuarter").get("from").asText()).isEqualTo("2026-09-30T23:00:00Z");
    assertThat(texts(grades.get("serviceAreas"), "code")).containsExactly("CIC", "FDA", "SFS");

    JsonNode cic = grades.get("serviceAreas").get(0);
    JsonNode fda = grades.get("serviceAreas").get(1);
    JsonNode sfs = grades.get("serviceAreas").get(2);
    assertGrades(cic.get("thisQuarter"), 0, 2, 1, 1, 50);
    assertGrades(fda.get("thisQuarter"), 1, 1, 0, 0, 100);
    assertGrades(sfs.get("thisQuarter"), 0, 0, 1, 1, 0);
    assertGrades(grades.get("totalThisQuarter"), 1, 3, 2, 2, 50);

    assertGrades(cic.get("lastQuarter"), 1, 0, 0, 0, 100);
    assertGrades(fda.get("lastQuarter"), 0, 1, 1, 0, 50);
    assertGrades(sfs.get("lastQuarter"), 0, 0, 1, 0, 0);
    assertGrades(grades.get("totalLastQuarter"), 1, 1, 2, 0, 50);
  }

  @Test
  void moderationAgreementThisQuarterAndLast() {
    JsonNode moderation = overview.get("moderation");
    assertModeration(moderation.get("thisQuarterFigures"), 3, 1, 1, 1, 33);
    assertModeration(moderation.get("lastQuarterFigures"), 2, 2, 0, 0, 100);
  }

  @Test
  void theIncidentSaysInPlainEnglishThatTheMailServerWasDown() {
    JsonNode incidents = overview.get("incidents");
    assertThat(incidents.get("count").asLong()).isEqualTo(1);
    JsonNode incident = incidents.get("items").get(0);
    assertThat(incident.get("processInstanceId").asText()).isEqualTo(data.processOf("A2"));
    assertThat(incident.get("process").asText()).isEqualTo("Practice evaluation");
    assertThat(incident.get("reference").asText()).isEqualTo(data.reference("A2"));
    assertThat(incident.get("step").asText()).isEqualTo("Send the evaluation to the auditor (and moderator)");
    assertThat(incident.get("since").asText()).isEqualTo("2026-11-18T10:00:00Z");
    assertThat(incident.get("cause").asText()).startsWith("The mail server could not be reached, so the e-mail "
        + "\u201cEvaluation allocated\u201d did not reach ").endsWith("only those missing are sent it.");
  }

  @Test
  void noChildsNameOrReferenceAndNoTypedTextInTheOverview() {
    String body = auditManager().get("/api/audit/overview").body();
    // The children of the data set's evaluations: Jacob (S1), Reece (O1), Hana (A2), Aaron (X1), Noah (X2), ...
    assertThat(body).doesNotContain("Jacob", "Reece", "Hana", "Aaron", "Noah", "Jayden", "Grace", "Theo", "Riley",
        "Tia", "@lowfield.example", "MailSendException", "Commentary", "chronology");
    // Nor a child's reference: the overview names evaluations and concerns, the tab the case.
    for (String evaluation : List.of("A1", "A2", "P1", "P2", "M1", "S1", "S2", "X1", "X2", "O1")) {
      assertThat(body).doesNotContain(data.evaluation(evaluation).childReference());
    }
  }

  @Test
  void theEvaluationTabOfAnEvaluationWithActionsOpen() {
    JsonNode tab = tab(data.processOf("O1"));
    assertThat(tab.get("processKey").asText()).isEqualTo("practice-evaluation");
    JsonNode e = tab.get("evaluation");
    assertThat(e.get("reference").asText()).isEqualTo(data.reference("O1"));
    assertThat(e.get("stage").asText()).isEqualTo("ACTIONS_OPEN");
    assertThat(e.get("type").asText()).isEqualTo("Moderated practice evaluation");
    assertThat(e.get("theCase").get("childReference").asText()).isEqualTo("C106087");
    assertThat(e.get("theCase").get("childName").asText()).isEqualTo("Reece Murray");
    assertThat(e.get("theCase").get("team").asText()).isEqualTo("Leaving Care Team");
    assertThat(texts(e.get("people"), "role")).containsExactly("First auditor", "Moderator",
        "Allocated social worker", "Team manager", "Practice manager", "Head of service", "Allocated by");
    assertThat(texts(e.get("people"), "name")).containsExactly("Rachel King", "Anne Fitzgerald", "Zoe Daniels",
        "Dan Hughes", "Jan Nowak", "Ruth Whitfield", "Karen Morgan");

    JsonNode grades = e.get("grades");
    assertThat(grades.get("first").get("label").asText()).isEqualTo("Good");
    assertThat(grades.get("moderated").get("label").asText()).isEqualTo("Good");
    assertThat(grades.get("finalGrade").get("label").asText()).isEqualTo("Good");
    assertThat(grades.get("finalGradeSource").asText()).isEqualTo("Moderator");
    assertThat(grades.get("discrepancy").asBoolean()).isFalse();

    JsonNode deadlines = e.get("deadlines");
    assertThat(texts(deadlines, "what")).containsExactly("Allocated", "First auditor's evaluation", "Moderation",
        "Final grade settled", "Shared with the team", "Team's case audit case note", "Evaluation closed");
    assertDeadline(deadlines.get(1), "First auditor's evaluation", "2026-10-11T16:00:00Z", "2026-10-08T12:00:00Z",
        "DONE", 0);
    assertDeadline(deadlines.get(2), "Moderation", "2026-10-15T17:00:00Z", "2026-10-14T15:00:00Z", "DONE", 0);
    assertDeadline(deadlines.get(5), "Team's case audit case note", "2026-11-16T17:00:00Z", "2026-11-02T10:00:00Z",
        "DONE", 0);
    assertDeadline(deadlines.get(6), "Evaluation closed", null, null, "NOT_YET", 0);

    JsonNode actions = e.get("actions");
    assertThat(texts(actions, "status")).containsExactly("Open", "Done");
    assertThat(actions.get(0).get("overdue").asBoolean()).isTrue();
    assertThat(actions.get(0).get("dueOn").asText()).isEqualTo("2026-11-10");
    assertThat(actions.get(0).get("owner").get("name").asText()).isEqualTo("Zoe Daniels");
    assertThat(actions.get(1).get("completedOn").asText()).isEqualTo("2026-10-28");

    assertThat(e.get("caseNotes").get("keptElsewhere").asBoolean()).isFalse();
    assertThat(texts(e.get("caseNotes").get("notes"), "kind")).containsExactly("team-progress", "evaluation-summary");
    assertThat(tab.get("concern").isNull()).isTrue();
  }

  @Test
  void theEvaluationTabKeepsTheReflectiveAndTheModerationDiscussionWholeAndApart() {
    JsonNode e = tab(data.processOf("O1")).get("evaluation");

    JsonNode reflective = e.get("discussions").get("reflective");
    assertThat(reflective.get("heldOn").asText()).isEqualTo("2026-10-07");
    assertThat(reflective.get("teamAgrees").asBoolean()).isFalse();
    assertThat(reflective.get("teamView").get("label").asText()).isEqualTo("Outstanding");
    assertThat(reflective.get("teamReasons").asText()).isEqualTo(AuditDataSet.O1_SECTION_15_REASONS);
    JsonNode moderation = e.get("discussions").get("moderation");
    assertThat(moderation.get("heldOn").asText()).isEqualTo("2026-10-14");
    assertThat(moderation.get("discussion").asText()).isEqualTo("Discussed with the auditor and the team (section 15a).");
    assertThat(moderation.get("teamAgrees").asBoolean()).isTrue();
    assertThat(moderation.get("teamReasons").isNull()).isTrue();
    assertThat(e.get("discussions").get("disputedGrade").isNull()).isTrue();
    assertThat(e.get("discussions").get("auditManagersDecision").isNull()).isTrue();
  }

  @Test
  void theTabsPdfLinkDownloadsTheEvaluation() {
    JsonNode documents = tab(data.processOf("O1")).get("evaluation").get("documents");
    assertThat(documents).hasSize(1);
    String download = documents.get(0).get("download").asText();
    assertThat(download).matches("/api/documents/\\d+");
    assertThat(documents.get(0).get("fileName").asText()).startsWith(data.reference("O1")).endsWith(".pdf");

    Http.Response pdf = auditManager().get(download);

    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
  }

  @Test
  void theEvaluationTabOfACaseOfConcernShowsTheConcernAndItsEvaluation() {
    JsonNode tab = tab(data.concernOf("X1").processInstanceId());

    assertThat(tab.get("processKey").asText()).isEqualTo("case-of-concern");
    assertThat(tab.get("evaluation").get("reference").asText()).isEqualTo(data.reference("X1"));
    assertThat(tab.get("evaluation").get("grades").get("discrepancy").asBoolean()).isTrue();
    assertThat(tab.get("evaluation").get("grades").get("finalGrade").get("code").asText()).isEqualTo("inadequate");
    JsonNode concern = tab.get("concern");
    assertThat(concern.get("reference").asText()).isEqualTo("CC-2026-0002");
    assertThat(concern.get("status").asText()).isEqualTo("Open");
    assertThat(concern.get("practiceManager").get("name").asText()).isEqualTo("Mariam Begum");
    assertDeadline(concern.get("next"), "Practice manager's response", "2026-11-06T17:00:00Z", null, "OVERDUE", 12);
  }

  @Test
  void theEvaluationTabOfAModerationShowsTheEvaluationItModerates() {
    JsonNode tab = tab(data.moderationProcessOf("M1"));

    assertThat(tab.get("processKey").asText()).isEqualTo("moderation");
    JsonNode e = tab.get("evaluation");
    assertThat(e.get("reference").asText()).isEqualTo(data.reference("M1"));
    assertThat(e.get("processInstanceId").asText()).isEqualTo(data.processOf("M1"));
    assertThat(e.get("stage").asText()).isEqualTo("AWAITING_MODERATION");
    assertDeadline(e.get("deadlines").get(2), "Moderation", "2026-11-11T17:00:00Z", null, "OVERDUE", 7);
  }

  @Test
  void aProcessThatIsNotAboutOneEvaluationSaysSo() {
    String request = runtime.startProcessInstanceByKey(CycleProcess.REQUEST_KEY, Map.of(
        CycleProcess.Vars.REQUESTER.name(), "pmurphy", PracticeEvaluationProcess.Vars.CHILD_REFERENCE.name(), "C104459",
        CycleProcess.Vars.REQUEST_REASON.name(), "fresh-ideas", CycleProcess.Vars.REQUEST_DETAILS.name(),
        "The family has been known to us for a long time.")).getId();

    Http.Response response = auditManager().get("/api/audit/process-instances/" + request);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("message").asText())
        .isEqualTo("This process (Request a practice evaluation) is not about one evaluation.");
  }

  @Test
  void anUnknownProcessInstanceIsNotFound() {
    Http.Response response = auditManager().get("/api/audit/process-instances/no-such-instance");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("message").asText()).isEqualTo("No process instance no-such-instance.");
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  private Http auditManager() {
    return Http.basic(port, AUDIT_MANAGER, PASSWORD);
  }

  private JsonNode tab(String processInstanceId) {
    Http.Response response = auditManager().get("/api/audit/process-instances/" + processInstanceId);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static void assertDeadline(JsonNode deadline, String what, String due, String done, String state,
      long days) {
    assertThat(deadline.get("what").asText()).isEqualTo(what);
    assertThat(deadline.get("due").isNull() ? null : deadline.get("due").asText()).as(what + " due").isEqualTo(due);
    assertThat(deadline.get("done").isNull() ? null : deadline.get("done").asText()).as(what + " done")
        .isEqualTo(done);
    assertThat(deadline.get("state").asText()).as(what + " state").isEqualTo(state);
    assertThat(deadline.get("days").asLong()).as(what + " days").isEqualTo(days);
  }

  private static void assertGrades(JsonNode counts, long outstanding, long good, long requiresImprovement,
      long inadequate, Integer goodOrBetterPercent) {
    JsonNode grades = counts.get("grades");
    assertThat(List.of(grades.get("outstanding").asLong(), grades.get("good").asLong(),
        grades.get("requires-improvement").asLong(), grades.get("inadequate").asLong()))
        .containsExactly(outstanding, good, requiresImprovement, inadequate);
    assertThat(counts.get("total").asLong()).isEqualTo(outstanding + good + requiresImprovement + inadequate);
    assertThat(counts.get("goodOrBetter").asLong()).isEqualTo(outstanding + good);
    assertThat(counts.get("goodOrBetterPercent").asInt()).isEqualTo(goodOrBetterPercent);
  }

  private static void assertModeration(JsonNode figures, long moderated, long agreed, long higher, long lower,
      int percent) {
    assertThat(List.of(figures.get("moderated").asLong(), figures.get("agreed").asLong(),
        figures.get("moderatorHigher").asLong(), figures.get("moderatorLower").asLong(),
        figures.get("agreementPercent").asLong()))
        .containsExactly(moderated, agreed, higher, lower, (long) percent);
  }

  private static List<Map.Entry<String, Long>> counts(JsonNode array, String key, String value) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> Map.entry(n.get(key).asText(), n.get(value).asLong())).toList();
  }

  private static List<Long> stageCounts(JsonNode area) {
    List<Long> counts = new ArrayList<>();
    area.get("stages").elements().forEachRemaining(n -> counts.add(n.asLong()));
    return counts;
  }

  private static List<String> texts(JsonNode array, String key) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(key).asText()).toList();
  }

  private static List<Long> longs(JsonNode array, String key) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(key).asLong()).toList();
  }
}
