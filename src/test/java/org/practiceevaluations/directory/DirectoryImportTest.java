package org.practiceevaluations.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;
import static org.practiceevaluations.support.DemoUsers.SOCIAL_WORKER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.DemoData;
import org.practiceevaluations.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Importing the team directory by CSV over REST, all or nothing. Every change is undone afterwards. */
@AppTest
class DirectoryImportTest {

  private static final String HEADER =
      "service_area_code,service_area_name,head_of_service,team_code,team_name,team_manager,practice_manager";
  private static final String NEW_AREA = "TSA";
  private static final String NEW_TEAM = "TST1";

  @LocalServerPort int port;
  @Autowired TeamRepository teams;
  @Autowired ServiceAreaRepository areas;
  @Autowired DirectoryImporter importer;
  @Autowired TeamDirectory directory;

  @AfterEach
  void putTheDirectoryBackAsShipped() {
    teams.findByCode(NEW_TEAM).ifPresent(teams::delete);
    areas.findByCode(NEW_AREA).ifPresent(areas::delete);
    importer.importCsv(DemoData.teamsAsShipped());
  }

  private Http auditManager() {
    return Http.basic(port, AUDIT_MANAGER, PASSWORD);
  }

  @Test
  void aFileWithBadLinesIsRefusedWithEveryLineAndItsReasonAndChangesNothing() {
    String csv = HEADER + "\n"
        + "TSA,Test Area,hashworth,TST1,Test Team 1,pmurphy,lharris\n"
        + "TSA,Another Name,hashworth,TST2,Test Team 2,pmurphy,lharris\n"
        + "TSA,Test Area,hashworth,TST1,Test Team 1 again,pmurphy,lharris\n"
        + "TSA,Test Area,hashworth,,A team without a code,pmurphy,lharris\n"
        + "TSA,Test Area,hashworth,TST5,Test Team 5,nobody,lharris\n"
        + "FDA,Front Door and Assessment,hashworth,ATN,Renamed Team,pmurphy,lharris\n";

    Http.Response response = auditManager().postCsv("/api/directory/import", csv);

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(lineErrors(response)).containsExactly(
        Map.entry(3L, "service area TSA has a different name or head of service than on line 2."),
        Map.entry(4L, "team_code TST1 is already on line 2."),
        Map.entry(5L, "team_code is missing."),
        Map.entry(6L, "team_manager nobody is not a known user."));
    assertThat(directory.teams()).hasSize(6);
    assertThat(areas.findByCode(NEW_AREA)).isEmpty();
    assertThat(directory.team("ATN").getName()).isEqualTo("Assessment Team North");
  }

  @Test
  void aGoodFileAddsNewTeamsAndUpdatesKnownOnes() {
    String csv = HEADER + "\n"
        + "TSA,Test Area,hashworth,TST1,Test Team 1,pmurphy,lharris\n"
        + "FDA,Front Door and Assessment,hashworth,ATN,Assessment and Intervention North,cevans,lharris\n";

    Http.Response response = auditManager().postCsv("/api/directory/import", csv);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().get("teamsAdded").asInt()).isEqualTo(1);
    assertThat(response.json().get("teamsUpdated").asInt()).isEqualTo(1);
    assertThat(directory.teams()).hasSize(7);
    assertThat(directory.team(NEW_TEAM).getServiceArea().getName()).isEqualTo("Test Area");
    Team renamed = directory.team("ATN");
    assertThat(renamed.getName()).isEqualTo("Assessment and Intervention North");
    assertThat(renamed.getTeamManager()).isEqualTo("cevans");
  }

  @Test
  void aSocialWorkerCannotImportTheDirectory() {
    Http.Response response = Http.basic(port, SOCIAL_WORKER, PASSWORD).postCsv("/api/directory/import",
        HEADER + "\nTSA,Test Area,hashworth,TST1,Test Team 1,pmurphy,lharris\n");

    assertThat(response.status()).isEqualTo(403);
    assertThat(areas.findByCode(NEW_AREA)).isEmpty();
  }

  private static List<Map.Entry<Long, String>> lineErrors(Http.Response response) {
    List<Map.Entry<Long, String>> errors = new ArrayList<>();
    response.json().get("errors").forEach(e -> errors.add(Map.entry(e.get("line").asLong(), e.get("reason").asText())));
    return errors;
  }
}
