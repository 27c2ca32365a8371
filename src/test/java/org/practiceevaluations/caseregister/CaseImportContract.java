package org.practiceevaluations.caseregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.DemoData;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Importing the case register by CSV over REST, all or nothing (README, "Importing the directory and the
 * register"). Run on H2 and on PostgreSQL by its subclasses; every change a test makes is undone afterwards.
 */
abstract class CaseImportContract {

  static final String HEADER = "child_reference,first_name,last_name,date_of_birth,team_code,allocated_worker,iro,"
      + "legal_status,looked_after_since,cp_plan_since,status";
  /** A demo case no other test touches: updated by the tests here, then put back as shipped. */
  static final String UPDATED_CASE = "C106383";
  static final String NEW_CASE = "T900100";

  @LocalServerPort int port;
  @Autowired ChildCaseRepository cases;
  @Autowired CaseImporter importer;
  @Autowired Clock clock;

  @AfterEach
  void putTheRegisterBackAsShipped() {
    cases.findByChildReference(NEW_CASE).ifPresent(cases::delete);
    cases.findByChildReference("T900005").ifPresent(cases::delete);
    importer.importCsv(DemoData.caseAsShipped(UPDATED_CASE));
  }

  Http auditManager() {
    return Http.basic(port, AUDIT_MANAGER, PASSWORD);
  }

  @Test
  void aFileWithBadLinesIsRefusedWithEveryLineAndItsReasonAndChangesNothing() {
    long countBefore = cases.count();
    JsonNode caseBefore = auditManager().get("/api/cases/" + UPDATED_CASE).json();
    String nextYear = LocalDate.now(clock).plusYears(1).toString();
    String csv = HEADER + "\n"
        + "T900002,Ava,Test,2015-01-01,NOPE,ejones,,child-in-need,,,open\n"
        + "T900003,Ava,Test,2015-13-01,ATN,ejones,,child-in-need,,,open\n"
        + ",Ava,Test,2015-01-01,ATN,ejones,,child-in-need,,,open\n"
        + "T900005,Ava,Test,2015-01-01,ATN,ejones,,child-in-need,,,open\n"
        + "T900005,Ava,Test,2015-01-01,ATN,ejones,,child-in-need,,,open\n"
        + "T900007,Ava,Test,2015-01-01,ATN,nobody,,child-in-need,,,open\n"
        + "T900008,Ava,Test," + nextYear + ",ATN,ejones,,child-in-need,,,open\n"
        + UPDATED_CASE + ",Mason,Collins,2006-09-08,LCT,mlee,,care-leaver,2022-10-07,,closed\n";

    Http.Response response = auditManager().postCsv("/api/cases/import", csv);

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(lineErrors(response)).containsExactly(
        Map.entry(2L, "team_code NOPE is not a team in the directory."),
        Map.entry(3L, "date_of_birth '2015-13-01' is not a date (use YYYY-MM-DD)."),
        Map.entry(4L, "child_reference is missing."),
        Map.entry(6L, "child_reference T900005 is already on line 5."),
        Map.entry(7L, "allocated_worker nobody is not a known user."),
        Map.entry(8L, "date_of_birth is in the future."));
    assertThat(response.json().get("message").asText()).contains("Nothing was changed");
    assertThat(cases.count()).isEqualTo(countBefore);
    assertThat(cases.findByChildReference("T900005")).isEmpty();
    assertThat(auditManager().get("/api/cases/" + UPDATED_CASE).json()).isEqualTo(caseBefore);
  }

  @Test
  void aGoodFileAddsNewCasesAndUpdatesKnownOnes() {
    long countBefore = cases.count();
    // Saved by Excel as "CSV UTF-8": a byte order mark first, and names beyond ASCII.
    String csv = "\uFEFF" + HEADER + "\n"
        + NEW_CASE + ",Siân,Ó Súilleabháin,2016-04-02,FST1,lmoore,mshah,child-protection,,2025-01-15,open\n"
        + UPDATED_CASE + ",Mason,Collins,2006-09-08,LCT,mlee,,care-leaver,2022-10-07,,closed\n";

    Http.Response response = auditManager().postCsv("/api/cases/import", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().get("added").asInt()).isEqualTo(1);
    assertThat(response.json().get("updated").asInt()).isEqualTo(1);
    assertThat(cases.count()).isEqualTo(countBefore + 1);
    JsonNode added = auditManager().get("/api/cases/" + NEW_CASE).json();
    assertThat(added.get("firstName").asText()).isEqualTo("Siân");
    assertThat(added.get("lastName").asText()).isEqualTo("Ó Súilleabháin");
    assertThat(added.get("teamName").asText()).isEqualTo("Family Safeguarding Team 1");
    assertThat(added.get("iro").asText()).isEqualTo("mshah");
    assertThat(added.get("childProtectionPlanSince").asText()).isEqualTo("2025-01-15");
    JsonNode updated = auditManager().get("/api/cases/" + UPDATED_CASE).json();
    assertThat(updated.get("allocatedWorker").asText()).isEqualTo("mlee");
    assertThat(updated.get("open").asBoolean()).isFalse();
  }

  static List<Map.Entry<Long, String>> lineErrors(Http.Response response) {
    List<Map.Entry<Long, String>> errors = new ArrayList<>();
    response.json().get("errors").forEach(e -> errors.add(Map.entry(e.get("line").asLong(), e.get("reason").asText())));
    return errors;
  }
}
