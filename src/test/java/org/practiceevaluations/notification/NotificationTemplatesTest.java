package org.practiceevaluations.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.practiceevaluations.catalogue.Grade;
import org.practiceevaluations.evaluation.Evaluation;
import org.practiceevaluations.evaluation.EvaluationRepository;
import org.practiceevaluations.support.EvaluationFixtures;
import org.practiceevaluations.support.FlakyMailSender;
import org.practiceevaluations.support.MailAppTest;
import org.practiceevaluations.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every template, driven through a process whose service task calls {@code ${notify}}, renders and reaches
 * exactly the people the decision table names, for each final grade, by SMTP.
 */
@MailAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationTemplatesTest {

  /** Who should receive what, by role: the table in issue 3, written out independently of the DMN. */
  static final Map<String, List<String>> ROLES = new LinkedHashMap<>();
  static {
    ROLES.put("evaluation-allocated", List.of("auditor", "moderator"));
    ROLES.put("evaluation-reminder", List.of("auditor"));
    ROLES.put("evaluation-overdue", List.of("audit-manager", "auditor"));
    ROLES.put("first-evaluation-submitted", List.of("moderator"));
    ROLES.put("moderation-overdue", List.of("moderator", "audit-manager"));
    ROLES.put("moderation-discrepancy", List.of("auditor", "audit-manager"));
    ROLES.put("safety-escalation", List.of("head-of-service", "team-manager", "audit-manager", "social-worker"));
    ROLES.put("safety-escalation-overdue", List.of("head-of-service", "audit-manager"));
    ROLES.put("safety-escalation-confirmed", List.of("audit-manager", "raiser"));
    ROLES.put("grade-dispute-referred", List.of("audit-manager"));
    ROLES.put("evaluation-shared", List.of("social-worker", "team-manager", "auditor", "moderator", "iro"));
    ROLES.put("inadequate-grade", List.of("audit-manager", "social-worker", "team-manager"));
    ROLES.put("evaluation-revised", List.of("social-worker", "team-manager", "auditor", "moderator", "iro"));
    ROLES.put("concern-closed-grade-revised", List.of("audit-manager", "team-manager", "social-worker",
        "practice-manager", "head-of-service", "head-of-professional-standards", "iro"));
    ROLES.put("speak-to-team-overdue", List.of("auditor", "audit-manager"));
    ROLES.put("case-note-reminder", List.of("team-manager"));
    ROLES.put("case-note-overdue", List.of("audit-manager", "team-manager"));
    ROLES.put("actions-reminder", List.of("team-manager"));
    ROLES.put("inadequate-evaluation-circulated", List.of("team-manager", "social-worker", "practice-manager",
        "head-of-service", "head-of-professional-standards", "iro"));
    ROLES.put("practice-manager-response-due", List.of("practice-manager"));
    ROLES.put("practice-manager-response-overdue", List.of("audit-manager", "head-of-service"));
    ROLES.put("review-meeting-due", List.of("auditor", "audit-manager", "team-manager", "social-worker",
        "practice-manager"));
    ROLES.put("monthly-review-due", List.of("practice-manager"));
    ROLES.put("monthly-review-overdue", List.of("practice-manager", "audit-manager"));
    ROLES.put("practice-manager-response-received", List.of("audit-manager"));
    ROLES.put("progress-review-received", List.of("audit-manager"));
    ROLES.put("re-audit-due", List.of("audit-manager"));
    ROLES.put("further-deadline-reminder", List.of("team-manager", "action-owner"));
    ROLES.put("further-deadline-missed", List.of("team-manager", "practice-manager", "audit-manager"));
  }

  /** The demo people of case C104977 (Family Safeguarding Team 1) audited by pmurphy, moderated by sclarke. */
  static final Map<String, String> PEOPLE = Map.ofEntries(
      Map.entry("auditor", "pmurphy"), Map.entry("moderator", "sclarke"), Map.entry("social-worker", "lmoore"),
      Map.entry("team-manager", "nadeyemi"), Map.entry("practice-manager", "mbegum"),
      Map.entry("head-of-service", "dokafor"), Map.entry("iro", "mshah"), Map.entry("audit-manager", "kmorgan"),
      Map.entry("head-of-professional-standards", "gbrennan"), Map.entry("raiser", "cgreen"),
      Map.entry("action-owner", "bcooper"));

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired EvaluationFixtures fixtures;
  @Autowired EvaluationRepository evaluations;
  @Autowired TransactionTemplate tx;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  NotificationTestProcess process;
  final Map<Grade, String> referenceByGrade = new EnumMap<>(Grade.class);

  @BeforeAll
  void evaluationsOfEachGrade() {
    process = new NotificationTestProcess(engine);
    for (Grade grade : Grade.values()) {
      String reference = fixtures.completed("C104977", "pmurphy", grade, "sclarke", grade);
      tx.executeWithoutResult(status -> {
        Evaluation e = evaluations.findByReference(reference).orElseThrow();
        e.raiseSafetyEscalation("cgreen", "The child said there is no food at home at weekends.", Instant.now())
            .confirm("dokafor", "A strategy discussion was held the same day.", Instant.now());
      });
      referenceByGrade.put(grade, reference);
    }
  }

  @BeforeEach
  void freshMailbox() {
    FlakyMailSender.reset();
    TestSmtp.start();
    TestSmtp.clear();
  }

  static Stream<Arguments> evaluationTemplatesAndGrades() {
    List<Arguments> all = new ArrayList<>();
    for (String template : ROLES.keySet()) {
      for (Grade grade : Grade.values()) {
        all.add(Arguments.of(template, grade));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}, graded {1}")
  @MethodSource("evaluationTemplatesAndGrades")
  void eachEvaluationTemplateReachesExactlyThePeopleTheDecisionTableNames(String template, Grade grade) {
    String reference = referenceByGrade.get(grade);
    List<String> roles = new ArrayList<>(ROLES.get(template));
    if ((template.equals("evaluation-shared") || template.equals("evaluation-revised")) && grade == Grade.INADEQUATE) {
      roles.addAll(List.of("practice-manager", "head-of-service"));
    }
    Set<String> expected = roles.stream().map(PEOPLE::get).collect(Collectors.toCollection(TreeSet::new));

    ProcessInstance instance = process.start(template, Map.of("evaluationReference", reference, "raisedBy", "cgreen",
        "dueDate", "2027-03-12", "actionOwner", "bcooper", "actionNumber", 2,
        "furtherDeadlineDate", "2027-04-30"));
    process.sendNotification(instance);

    List<MailParts> mails = received();
    assertThat(mails).extracting(MailParts::to).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(addressesOf(expected));
    for (MailParts mail : mails) {
      assertThat(mail.subject()).as("subject of %s", template).startsWith(reference + ":")
          .doesNotContain("Ezra").doesNotContain("Murray");
      assertThat(mail.text()).as("plain text of %s", template).startsWith("Hello ").contains("/camunda/app/tasklist/default/")
          .doesNotContain("[(").doesNotContain("${");
      assertThat(mail.html()).as("HTML of %s", template).contains("<title>").contains("Lowfield Council")
          .doesNotContain(" th:").doesNotContain("${");
    }
  }

  @Test
  void theAuditManagerIsPointedToTheProcessInCockpitAndOthersToTasklist() {
    ProcessInstance instance = process.startAbout("evaluation-overdue", referenceByGrade.get(Grade.GOOD));
    process.sendNotification(instance);

    MailParts toAuditManager = mailTo("kmorgan");
    assertThat(toAuditManager.html()).contains(
        "http://localhost:8080/camunda/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime");
    MailParts toAuditor = mailTo("pmurphy");
    assertThat(toAuditor.text()).contains("Open Tasklist: http://localhost:8080/camunda/app/tasklist/default/")
        .doesNotContain("cockpit");
  }

  @Test
  void aRecipientWithAnOpenTaskInTheProcessIsLinkedStraightToIt() {
    ProcessInstance instance = process.start("evaluation-reminder",
        Map.of("evaluationReference", referenceByGrade.get(Grade.GOOD), NotificationTestProcess.REVIEWER, "pmurphy"));
    process.sendNotification(instance);
    TestSmtp.clear();
    Task review = process.reviewTask(instance);

    process.fireWeeklyTimerAndSend(instance);

    MailParts toAuditor = mailTo("pmurphy");
    assertThat(toAuditor.html()).contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + review.getId())
        .contains("Open your task: Review");
    assertThat(toAuditor.text()).contains("#/?task=" + review.getId());
  }

  @Test
  void aTaskOfferedToTheRecipientsGroupIsLinkedButNotOnceSomeoneElseHasTakenIt() {
    ProcessInstance instance = process.start("evaluation-reminder",
        Map.of("evaluationReference", referenceByGrade.get(Grade.GOOD), NotificationTestProcess.REVIEWER, "pmurphy"));
    process.sendNotification(instance);
    Task review = process.reviewTask(instance);
    TaskService taskService = engine.getTaskService();
    taskService.setAssignee(review.getId(), null);
    taskService.addCandidateGroup(review.getId(), "auditors");

    TestSmtp.clear();
    process.fireWeeklyTimerAndSend(instance);
    assertThat(mailTo("pmurphy").html()).as("offered to the auditors, pmurphy among them")
        .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + review.getId())
        .contains("Open your task: Review");

    taskService.setAssignee(review.getId(), "sclarke");
    TestSmtp.clear();
    process.fireWeeklyTimerAndSend(instance);
    assertThat(mailTo("pmurphy").text()).as("taken by another auditor")
        .contains("Open Tasklist: http://localhost:8080/camunda/app/tasklist/default/").doesNotContain("#/?task=");
  }

  @Test
  void textPeopleTypedIsEscapedInTheHtmlAndKeptAsTextInThePlainPart() {
    String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    String reference = fixtures.completed("C104977", "pmurphy", Grade.INADEQUATE, "sclarke", Grade.INADEQUATE);
    tx.executeWithoutResult(status -> {
      Evaluation e = evaluations.findByReference(reference).orElseThrow();
      e.raiseSafetyEscalation("pmurphy", "Concern " + hostile, Instant.now());
    });
    jdbc.update("update pe_evaluation_action set description = ?, suggested_solution = ? where evaluation_id ="
        + " (select id from pe_evaluation where reference = ?)", "Action " + hostile, "Try " + hostile, reference);

    for (String template : List.of("safety-escalation", "inadequate-grade")) {
      TestSmtp.clear();
      process.sendNotification(process.startAbout(template, reference));
      assertThat(received()).isNotEmpty().allSatisfy(mail -> {
        assertThat(mail.html()).doesNotContain("<script").doesNotContain("<img")
            .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(mail.text()).contains(hostile);
      });
    }

    TestSmtp.clear();
    process.sendNotification(process.start("request-declined",
        Map.of("requester", "ejones", "requestReference", "RQ-2026-0007", "decisionReason", hostile)));
    MailParts declined = mailTo("ejones");
    assertThat(declined.html()).doesNotContain("<script").contains("&lt;script&gt;");
    assertThat(declined.subject()).isEqualTo("Your request for a practice evaluation (RQ-2026-0007) was not accepted");
  }

  @Test
  void requestsGoToTheRequester() {
    for (String template : List.of("request-accepted", "request-declined")) {
      TestSmtp.clear();
      process.sendNotification(process.start(template,
          Map.of("requester", "ejones", "requestReference", "RQ-2026-0003", "decisionReason", "A fresh view helps.")));
      assertThat(received()).extracting(MailParts::to).containsExactly("emma.jones@lowfield.example");
      assertThat(received().get(0).text()).startsWith("Hello Emma,").contains("RQ-2026-0003")
          .contains("A fresh view helps.");
    }
  }

  @Test
  void theQuarterlyReportGoesToEveryManagerOnce() {
    process.sendNotification(process.start("quarterly-report", Map.of("periodLabel", "July to September 2026")));
    assertThat(received()).extracting(MailParts::to).containsExactlyInAnyOrderElementsOf(addressesOf(Set.of(
        "pmurphy", "cevans", "nadeyemi", "rtaylor", "swright", "dhughes", "lharris", "mbegum", "jnowak",
        "hashworth", "dokafor", "rwhitfield", "jpowell")));
    assertThat(received().get(0).subject()).isEqualTo("Practice evaluations quarterly report: July to September 2026");
  }

  @Test
  void theQuarterlyReportLinksItsThreeFiles() {
    process.sendNotification(process.start("quarterly-report", Map.of("periodLabel", "2026 Q3",
        "reportUrl", "http://localhost:8080/api/reports/documents/11",
        "presentationUrl", "http://localhost:8080/api/reports/documents/10",
        "workbookUrl", "http://localhost:8080/api/reports/documents/12")));
    MailParts mail = mailTo("jpowell");
    assertThat(mail.text()).contains("Read the full report (PDF): http://localhost:8080/api/reports/documents/11")
        .contains("(PowerPoint): http://localhost:8080/api/reports/documents/10")
        .contains("(Excel): http://localhost:8080/api/reports/documents/12");
    assertThat(mail.html()).contains("href=\"http://localhost:8080/api/reports/documents/10\"");
  }

  @Test
  void theQaMeetingPackGoesToThePracticeManagersOfTheServiceArea() {
    process.sendNotification(process.start("qa-meeting-pack", Map.of("serviceAreaCode", "SFS",
        "serviceAreaName", "Safeguarding and Family Support", "monthLabel", "March 2027",
        "packUrl", "http://localhost:8080/api/reports/documents/7", "meetingDueDate", "2027-04-21")));
    assertThat(received()).extracting(MailParts::to).containsExactlyInAnyOrderElementsOf(addressesOf(Set.of("mbegum")));
    MailParts mail = received().get(0);
    assertThat(mail.subject()).isEqualTo("QA meeting pack: Safeguarding and Family Support, March 2027");
    assertThat(mail.text()).contains("The meeting pack: http://localhost:8080/api/reports/documents/7")
        .contains("by Wednesday 21 April 2027");
  }

  @Test
  void aFurtherDeadlineReminderNamesTheActionAndReachesItsOwner() {
    String reference = referenceByGrade.get(Grade.REQUIRES_IMPROVEMENT);
    process.sendNotification(process.start("further-deadline-reminder", Map.of("evaluationReference", reference,
        "actionNumber", 2, "actionOwner", "lmoore", "furtherDeadlineDate", "2027-04-30")));
    assertThat(received()).extracting(MailParts::to)
        .containsExactlyInAnyOrderElementsOf(addressesOf(Set.of("nadeyemi", "lmoore")));
    MailParts mail = mailTo("lmoore");
    assertThat(mail.subject()).isEqualTo(reference + ": further deadline for an action on 30 April 2027");
    assertThat(mail.text()).contains("2. Hold a supervision focused on the child's plan.")
        .doesNotContain("Update the chronology").contains("as the person the action is for");
  }

  @Test
  void theLearningAndActionPlanOfATeamReviewGoesToTheTeamsManagers() {
    process.sendNotification(process.start("team-review-action-plan", Map.of("teamCode", "FST2",
        "teamLearningText", "Chronologies in every case.", "actionPlanText", "1. Chronology workshop (rtaylor)")));
    assertThat(received()).extracting(MailParts::to)
        .containsExactlyInAnyOrderElementsOf(addressesOf(Set.of("rtaylor", "mbegum")));
    assertThat(received().get(0).text()).contains("(Family Safeguarding Team 2)")
        .contains("Team learning needs:").contains("Chronologies in every case.").contains("1. Chronology workshop (rtaylor)");
  }

  @Test
  void theLearningNeedsSummaryGoesToTheManagerAndTheGroupOnceEach() {
    process.sendNotification(process.start("learning-needs-summary",
        Map.of("periodLabel", "September and October 2026", "learningNeedsSummary", "Chronologies; direct work.")));
    // jpowell is both the learning and development manager and in the group: one mail.
    assertThat(received()).extracting(MailParts::to)
        .containsExactlyInAnyOrderElementsOf(addressesOf(Set.of("jpowell", "rking")));
  }

  @Test
  void aTeamReviewInvitationGoesToTheManagersOfTheTeamInTeamCode() {
    process.sendNotification(process.start("team-review-invitation",
        Map.of("teamCode", "FST2")));
    assertThat(received()).extracting(MailParts::to)
        .containsExactlyInAnyOrderElementsOf(addressesOf(Set.of("rtaylor", "mbegum")));
    assertThat(received().get(0).text()).contains("recent practice evaluations (Family Safeguarding Team 2).")
        .doesNotContain("personal information about a child");
  }

  @Test
  void theAllocationCarriesTheCaseSummaryTheChecklistAndTheDueDate() {
    String reference = referenceByGrade.get(Grade.GOOD);
    process.sendNotification(process.startAbout("evaluation-allocated", reference));

    MailParts toAuditor = mailTo("pmurphy");
    assertThat(toAuditor.subject()).startsWith(reference + ": a practice evaluation for you to complete by ");
    assertThat(toAuditor.text()).contains("Child: Ezra Murray, C104977").contains("Legal status: Child protection")
        .contains("Social worker: Laura Moore").contains("IRO or conference chair: Mohammed Shah")
        .contains("CHECKLIST").contains("Contact the social worker first").contains("Please complete it by ");
    MailParts toModerator = mailTo("sclarke");
    assertThat(toModerator.subject()).isEqualTo(reference + ": a practice evaluation for you to moderate");
    assertThat(toModerator.text()).contains("first three weeks");
  }

  @Test
  void anUnknownTemplateIsAClearError() {
    ProcessInstance instance = process.start("no-such-template", Map.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> process.sendNotification(instance))
        .hasMessageContaining("Unknown notification template 'no-such-template' on Task_Notify")
        .hasMessageContaining("evaluation-allocated");
    assertThat(received()).isEmpty();
  }

  @Test
  void aLoopThroughTheTaskAndARepeatingTimerSendAgainButEachPassOnce() {
    ProcessInstance instance = process.startAbout("evaluation-reminder", referenceByGrade.get(Grade.GOOD));
    process.sendNotification(instance);
    process.fireWeeklyTimerAndSend(instance);
    process.fireWeeklyTimerAndSend(instance);
    process.completeReview(instance, true);
    process.sendNotification(instance);

    assertThat(received()).extracting(MailParts::to).containsOnly("paul.murphy@lowfield.example").hasSize(4);
    assertThat(received()).extracting(MailParts::messageId).doesNotHaveDuplicates();
  }

  private List<MailParts> received() {
    return TestSmtp.received().stream().map(MailParts::of).toList();
  }

  private MailParts mailTo(String userId) {
    String address = identityService.createUserQuery().userId(userId).singleResult().getEmail();
    List<MailParts> mails = received().stream().filter(m -> address.equals(m.to())).toList();
    assertThat(mails).as("mails to %s", userId).hasSize(1);
    return mails.get(0);
  }

  private List<String> addressesOf(Set<String> userIds) {
    Map<String, String> addresses = new HashMap<>();
    for (String id : userIds) {
      addresses.put(id, identityService.createUserQuery().userId(id).singleResult().getEmail());
    }
    return new ArrayList<>(addresses.values());
  }
}
