package org.practiceevaluations.learning;

import org.practiceevaluations.filing.ReportDocumentRepository;
import org.practiceevaluations.filing.ReportDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.QuarterDataSetSeeder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The learning needs summary end to end with the real beans, started by hand for the seeded second quarter of 2019:
 * the PDF filed in the report store, the mail to the learning and development manager and the consultant social
 * workers with the counts (never the needs themselves) and the link.
 */
@AppTest
class LearningNeedsSummaryStepsTest {

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired QuarterDataSetSeeder seeder;
  @Autowired ReportDocumentRepository documents;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void seedAndLogIn() {
    seeder.seedOnce();
    identityService.setAuthentication("kmorgan", List.of("audit-team"));
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void theSummaryOfAnyMonthsIsFiledAndSentWithItsCountsAndLink() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(LearningNeedsProcess.KEY,
        Map.of(LearningNeedsProcess.Vars.FROM_DATE.name(), "2019-04-01", LearningNeedsProcess.Vars.TO_DATE.name(), "2019-06-30"));
    assertThat(pi.getBusinessKey()).startsWith("LN-2019-");
    for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).list()) {
      managementService.executeJob(job.getId());
    }
    for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).list()) {
      managementService.executeJob(job.getId());
    }

    ReportDocument filed = documents.findByReportReferenceOrderByIdAsc(pi.getBusinessKey()).get(0);
    assertThat(filed.getKind()).isEqualTo(ReportDocument.Kind.LEARNING_NEEDS);
    assertThat(filed.getFileName()).isEqualTo("Learning needs summary 2019 Q2.pdf");
    List<Map<String, Object>> mails = jdbc.queryForList(
        "select recipient, subject, body_text from pe_outbox_message where process_instance_id = ?", pi.getId());
    assertThat(mails).extracting(m -> m.get("RECIPIENT")).containsExactlyInAnyOrder("jpowell", "rking");
    String body = mails.get(0).get("BODY_TEXT").toString();
    assertThat(mails.get(0).get("SUBJECT").toString())
        .isEqualTo("Learning needs from practice evaluations: April to June 2019");
    assertThat(body).contains("23 learning needs from 8 evaluations.").contains("- Other: 10")
        .contains("- Chronologies and recording: 8").contains("localhost:8080/reports/documents/" + filed.getId())
        .doesNotContain("Chronology training for the social worker");
  }

  @Test
  void datesTheWrongWayRoundRefuseTheStart() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(LearningNeedsProcess.KEY,
        Map.of(LearningNeedsProcess.Vars.FROM_DATE.name(), "2019-06-30", LearningNeedsProcess.Vars.TO_DATE.name(), "2019-04-01")))
        .hasMessageContaining("The learning needs summary was not started: The last day is before the first.");
  }
}
