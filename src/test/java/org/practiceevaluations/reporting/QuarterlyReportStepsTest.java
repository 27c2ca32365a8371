package org.practiceevaluations.reporting;

import org.practiceevaluations.filing.ReportDocumentRepository;
import org.practiceevaluations.filing.ReportDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.demo.DemoDirectoryLoader;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.BackgroundSteps;
import org.practiceevaluations.support.QuarterDataSetSeeder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quarterly report end to end with the real beans, on the seeded second quarter of 2019: the figures kept, the
 * audit manager's form (what it shows, what it refuses), the three files filed in the report store and read back,
 * the mail to every manager with the links, and who may download them.
 */
@AppTest
class QuarterlyReportStepsTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired QuarterDataSetSeeder seeder;
  @Autowired QuarterlyReports reports;
  @Autowired ReportDocumentRepository documents;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void seedAndLogIn() {
    seeder.seedOnce();
    identityService.setAuthentication("kmorgan", List.of("audit-team", "auditors"));
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void aQuarterlyReportIsCollatedChosenOnProducedReviewedFiledAndSentToEveryManager() throws Exception {
    // an example of good practice flagged for sharing, settled on 2 April 2019 in Assessment Team North
    jdbc.update("update pe_evaluation set good_practice_to_share = true where reference = 'PE-2019-0102'");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(QuarterlyReportProcess.KEY,
        Map.of(QuarterlyReportProcess.Vars.QUARTER.name(), "2019 Q2"));
    String reference = pi.getBusinessKey();
    assertThat(reference).startsWith("QR-2019-");
    assertThat(reports.figures(reference).service().current().evaluationsCompleted()).isEqualTo(8);
    assertThat(reports.figures(reference).service().current().kappa()).isEqualTo(0.375);

    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(task.getAssignee()).isEqualTo("kmorgan");
    Map<String, Object> shown = taskService.getVariablesLocal(task.getId());
    assertThat(shown.get("headlineText").toString()).startsWith("**8** evaluations completed (▲ up from 6 last quarter)")
        .contains("kappa 0.38, fair agreement");
    assertThat(shown.get("weakestText").toString()).startsWith("9. Recording (25%)");
    assertThat(shown.get("actionPlans").toString()).contains("Front Door and Assessment")
        .contains("Children in Care and Care Leavers");

    assertThatThrownBy(() -> formService.submitTaskForm(task.getId(), answers(false)))
        .hasMessageContaining("Theme 2 is needed.").hasMessageContaining("Write the action plan for Safeguarding and Family "
            + "Support.");

    // as Tasklist submits a Camunda Form: onto the task, where the form's prepared values are
    formService.submitTaskForm(task.getId(), answers(true));
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys("theme1Title", "actionPlans", "analysis");
    runJobs(pi);

    List<ReportDocument> filed = documents.findByReportReferenceOrderByIdAsc(reference);
    assertThat(filed).extracting(ReportDocument::getFileName).containsExactly(
        "Practice evaluations quarterly report 2019 Q2.pptx", "Practice evaluations quarterly report 2019 Q2.pdf",
        "Practice evaluations quarterly report 2019 Q2.xlsx");
    assertThat(filed).allSatisfy(d -> assertThat(d.getFolder()).isEqualTo("2019 Q2"));
    assertThat(reports.get(reference).getStatus()).isEqualTo(QuarterlyReport.Status.PUBLISHED);

    // senior management reviews it first: nothing has gone to the managers yet
    assertThat(jdbc.queryForObject("select count(*) from pe_outbox_message where process_instance_id = ?", Long.class,
        pi.getId())).isZero();
    Task review = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(QuarterlyReportProcess.Elements.SENIOR_REVIEW).singleResult();
    Map<String, Object> reviewShown = taskService.getVariablesLocal(review.getId());
    assertThat(reviewShown.get("themesShown").toString()).contains("1. Chronologies that tell the child's story");
    assertThat(reviewShown.get("goodPracticeShown").toString())
        .as("the moderator's commentary, the evaluation being moderated")
        .isEqualTo("PE-2019-0102, Assessment Team North: Moderator's commentary.");
    assertThat(reviewShown.get("managersShareShown").toString()).isNotBlank();
    assertThatThrownBy(() -> formService.submitTaskForm(review.getId(), Map.of("reportApproved", "no")))
        .hasMessageContaining("What should change, and why");
    formService.submitTaskForm(review.getId(), Map.of("reportApproved", "no",
        "changesAsked", "Say more about supervision in the Front Door."));
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey("changesAsked");
    assertThat(reports.reviews(reference)).extracting(QuarterlyReportReview::getChangesAsked)
        .containsExactly("Say more about supervision in the Front Door.");

    // back to the audit manager, with what they asked; produced again, then approved
    Task again = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(QuarterlyReportProcess.Elements.CHOOSE_THEMES).singleResult();
    Map<String, Object> againShown = taskService.getVariablesLocal(again.getId());
    assertThat(againShown.get("changesAskedText").toString()).endsWith(": Say more about supervision in the Front Door.");
    assertThat(againShown.get("theme1Title")).isEqualTo("Chronologies that tell the child's story");
    formService.submitTaskForm(again.getId(), answers(true));
    runJobs(pi);
    List<ReportDocument> revised = documents.findByReportReferenceOrderByIdAsc(reference);
    assertThat(revised).hasSize(6);
    Task approve = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(QuarterlyReportProcess.Elements.SENIOR_REVIEW).singleResult();
    formService.submitTaskForm(approve.getId(), Map.of("reportApproved", "yes"));
    runJobs(pi);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    jdbc.update("update pe_evaluation set good_practice_to_share = false where reference = 'PE-2019-0102'");

    ResponseEntity<byte[]> pptx = as("pmurphy").getForEntity("/api/reports/documents/{id}", byte[].class,
        filed.get(0).getId());
    assertThat(pptx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(pptx.getBody()))) {
      String all = String.join("\n", ppt.getSlides().stream().map(QuarterlyPresentationTest::text).toList());
      assertThat(all).contains("Chronologies that tell the child's story").contains("Action plan: Front Door and "
          + "Assessment").contains("Recording workshops in every team");
    }
    assertThat(as("ejones").getForEntity("/api/reports/documents/{id}", String.class, filed.get(1).getId())
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/reports/documents/{id}", String.class, filed.get(1).getId()).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    List<Map<String, Object>> mails = jdbc.queryForList("select recipient, subject, body_text from pe_outbox_message "
        + "where process_instance_id = ?", pi.getId());
    assertThat(mails).extracting(m -> m.get("RECIPIENT")).contains("pmurphy", "lharris", "hashworth", "jpowell")
        .doesNotContain("ejones");
    assertThat(mails.get(0).get("SUBJECT").toString())
        .isEqualTo("Practice evaluations quarterly report: 2019 Q2 (April to June 2019)");
    assertThat(mails.get(0).get("BODY_TEXT").toString())
        .as("the approved revision").contains("/reports/documents/" + revised.get(4).getId())
        .contains("/reports/documents/" + revised.get(3).getId())
        .as("mails link to pages of the application, never to the API").doesNotContain("/api/");
  }

  @Test
  void aQuarterTypedBadlyRefusesTheStartAndSaysWhy() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(QuarterlyReportProcess.KEY,
        Map.of(QuarterlyReportProcess.Vars.QUARTER.name(), "spring 2019")))
        .hasMessageContaining("The quarterly report was not started: 'spring 2019' is not a quarter");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(QuarterlyReportProcess.KEY,
        Map.of(QuarterlyReportProcess.Vars.QUARTER.name(), "2099 Q1")))
        .hasMessageContaining("has not started yet");
  }

  private Map<String, Object> answers(boolean complete) {
    Map<String, Object> answers = new java.util.HashMap<>();
    answers.put("theme1Title", "Chronologies that tell the child's story");
    answers.put("theme1Description", "Keep the chronology up to date at every visit.");
    if (complete) {
      answers.put("theme2Title", "Supervision that drives the plan");
      answers.put("theme2Description", "Record what will change and by when.");
    }
    answers.put("theme3Title", "Identity and culture");
    answers.put("theme3Description", "Explore identity in every assessment.");
    List<Map<String, Object>> plans = new ArrayList<>();
    plans.add(Map.of("areaName", "Children in Care and Care Leavers", "plan", "Placement plans in supervision."));
    plans.add(Map.of("areaName", "Front Door and Assessment", "plan", "Recording workshops in every team."));
    if (complete) {
      plans.add(Map.of("areaName", "Safeguarding and Family Support", "plan", "Reflective supervision training."));
    }
    answers.put("actionPlans", plans);
    answers.put("analysis", "Recording is the weakest section.");
    return answers;
  }

  /** Every job of the report's process that is ready, timers due included; fails when they keep coming. */
  private void runJobs(ProcessInstance pi) {
    BackgroundSteps.run(managementService,
        () -> managementService.createJobQuery().processInstanceId(pi.getId()).executable());
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, DemoDirectoryLoader.DEMO_PASSWORD);
  }
}
