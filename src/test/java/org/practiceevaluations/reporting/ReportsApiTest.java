package org.practiceevaluations.reporting;

import org.practiceevaluations.learning.LearningThemes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceevaluations.demo.DemoDirectoryLoader;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.QuarterDataSetSeeder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The audit team produces any report for any period on demand over REST; a service area's managers read its QA
 * meeting pack; everyone else is refused (403), and nobody logged in is asked to log in (401). On the seeded 2019
 * data.
 */
@AppTest
class ReportsApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired QuarterDataSetSeeder seeder;

  @BeforeEach
  void seed() {
    seeder.seedOnce();
  }

  @Test
  void theAuditTeamGetsAnyQuartersFiguresAsJson() {
    ResponseEntity<JsonNode> answer = as("tpatel").getForEntity("/api/reports/quarterly?quarter={q}", JsonNode.class,
        "2019 Q2");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode service = answer.getBody().get("service");
    assertThat(service.get("current").get("evaluationsCompleted").asInt()).isEqualTo(8);
    assertThat(service.get("current").get("kappa").asDouble()).isEqualTo(0.375);
    assertThat(service.get("previous").get("evaluationsCompleted").asInt()).isEqualTo(6);
    assertThat(answer.getBody().get("period").get("start").asText()).isEqualTo("2019-04-01");
  }

  @Test
  void anyDaysAreComparedWithTheDaysBeforeAndEveryFormatComesAsAFile() throws Exception {
    ResponseEntity<JsonNode> days = as("kmorgan").getForEntity("/api/reports/quarterly?from=2019-05-01&to=2019-05-31",
        JsonNode.class);
    // May 2019: E3 (16 May) and E4 (20 May)
    assertThat(days.getBody().get("service").get("current").get("evaluationsCompleted").asInt()).isEqualTo(2);
    assertThat(days.getBody().get("previousPeriod").get("start").asText()).isEqualTo("2019-04-01");

    ResponseEntity<byte[]> pptx = as("kmorgan").getForEntity("/api/reports/quarterly?quarter=2019Q2&format=pptx",
        byte[].class);
    assertThat(pptx.getHeaders().getContentType().toString()).isEqualTo(QuarterlyPresentation.CONTENT_TYPE);
    assertThat(pptx.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("Practice evaluations figures 2019 Q2.pptx");
    ResponseEntity<byte[]> pdf = as("kmorgan").getForEntity("/api/reports/quarterly?quarter=2019Q2&format=pdf",
        byte[].class);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Figures produced on demand");
    }
    ResponseEntity<byte[]> xlsx = as("kmorgan").getForEntity("/api/reports/quarterly?quarter=2019Q2&format=xlsx",
        byte[].class);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      assertThat(workbook.getSheet("Themes and plans")).isNull();
      assertThat(workbook.getSheet("Evaluations").getLastRowNum()).isEqualTo(10);
    }
    assertThat(as("kmorgan").getForEntity("/api/reports/quarterly?quarter=2019Q5", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as("kmorgan").getForEntity("/api/reports/quarterly", String.class).getBody())
        .contains("Give a quarter");
  }

  @Test
  void theLearningNeedsOfAnyPeriodByTeamAndTheme() throws Exception {
    ResponseEntity<JsonNode> answer = as("kmorgan").getForEntity(
        "/api/reports/learning-needs?from=2019-04-01&to=2019-06-30", JsonNode.class);
    JsonNode summary = answer.getBody();
    // E1..E8: 8 first auditors' section 14; 5 moderators' section 14 (two themes each); 5 + 5 moderators' learning
    assertThat(summary.get("evaluations").asInt()).isEqualTo(8);
    assertThat(summary.get("needs").size()).isEqualTo(23);
    JsonNode byTheme = summary.get("byTheme");
    assertThat(byTheme.get("Chronologies and recording").asInt()).isEqualTo(8);
    assertThat(byTheme.get("Supervision and management oversight").asInt()).isEqualTo(5);
    assertThat(byTheme.get("Voice and lived experience of the child").asInt()).isEqualTo(5);
    assertThat(byTheme.get(LearningThemes.OTHER).asInt()).isEqualTo(10);
    assertThat(summary.get("byTeam").get("Family Safeguarding Team 1").get("Chronologies and recording").asInt())
        .isEqualTo(2);

    ResponseEntity<byte[]> pdf = as("kmorgan").getForEntity(
        "/api/reports/learning-needs?from=2019-04-01&to=2019-06-30&format=pdf", byte[].class);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Learning and development needs from practice")
          .contains("Chronology training for the social worker.").contains("Family Safeguarding Team 1");
    }
  }

  @Test
  void aServiceAreasQaMeetingPackIsForTheAuditTeamAndTheAreasManagers() {
    String pack = "/api/reports/qa-meeting-pack?area=SFS&month=2019-06";
    for (String reader : new String[] {"kmorgan", "mbegum", "dokafor"}) {
      ResponseEntity<JsonNode> answer = as(reader).getForEntity(pack, JsonNode.class);
      assertThat(answer.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      // June 2019 in Safeguarding and Family Support: E5, E6 (FST1), E7, E8 (FST2)
      assertThat(answer.getBody().get("evaluations")).extracting(e -> e.get("reference").asText())
          .contains("PE-2019-0105", "PE-2019-0106", "PE-2019-0107", "PE-2019-0108");
      // E5, requires improvement, has an open action; E6's are done
      assertThat(answer.getBody().get("actions")).extracting(a -> a.get("evaluationReference").asText())
          .contains("PE-2019-0105").doesNotContain("PE-2019-0106");
    }
    assertThat(as("lharris").getForEntity(pack, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("ejones").getForEntity(pack + "&format=pdf", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("mbegum").getForEntity(pack + "&format=pdf", byte[].class).getHeaders().getContentType().toString())
        .isEqualTo("application/pdf");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/reports/quarterly?quarter=2019Q2", "/api/reports/learning-needs",
      "/api/reports/team-reviews/candidates", "/api/reports/quarterly-reports/QR-2019-0001/report.pdf"})
  void onlyTheAuditTeamProducesReports(String address) {
    assertThat(as("pmurphy").getForEntity(address, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("jpowell").getForEntity(address, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(address, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theTeamsTheReviewRuleNamesNowAreListedForTheAuditTeam() {
    ResponseEntity<JsonNode> answer = as("kmorgan").getForEntity("/api/reports/team-reviews/candidates",
        JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().isArray()).isTrue();
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, DemoDirectoryLoader.DEMO_PASSWORD);
  }
}
