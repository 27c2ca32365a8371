package org.practiceevaluations.caseregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;
import static org.practiceevaluations.support.DemoUsers.SOCIAL_WORKER;
import static org.practiceevaluations.support.DemoUsers.TEAM_MANAGER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may read the case register: the audit team all of it, a manager their own teams' cases, nobody else any. */
@AppTest
class CaseRegisterAccessTest {

  /** A case of Assessment Team North, managed by the demo team manager. */
  private static final String OWN_TEAMS_CASE = "C104237";
  /** A case of Assessment Team South. */
  private static final String OTHER_TEAMS_CASE = "C104607";

  @LocalServerPort int port;

  private List<String> teamsOfTheCasesSeenBy(String user) {
    List<String> teams = new ArrayList<>();
    for (JsonNode c : Http.basic(port, user, PASSWORD).get("/api/cases").json()) {
      teams.add(c.get("teamCode").asText());
    }
    return teams;
  }

  @Test
  void theAuditManagerSeesTheWholeRegister() {
    assertThat(teamsOfTheCasesSeenBy(AUDIT_MANAGER)).hasSize(60)
        .containsOnly("ATN", "ATS", "FST1", "FST2", "CICT", "LCT");
  }

  @Test
  void aTeamManagerSeesOnlyTheirTeamsCases() {
    assertThat(teamsOfTheCasesSeenBy(TEAM_MANAGER)).isNotEmpty().containsOnly("ATN");
    assertThat(Http.basic(port, TEAM_MANAGER, PASSWORD).get("/api/cases/" + OWN_TEAMS_CASE).status()).isEqualTo(200);
    assertThat(Http.basic(port, TEAM_MANAGER, PASSWORD).get("/api/cases/" + OTHER_TEAMS_CASE).status()).isEqualTo(404);
  }

  @Test
  void aSocialWorkerSeesNoCaseOfTheRegister() {
    assertThat(teamsOfTheCasesSeenBy(SOCIAL_WORKER)).isEmpty();
    Http.Response response = Http.basic(port, SOCIAL_WORKER, PASSWORD).get("/api/cases/" + OWN_TEAMS_CASE);
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("Arthur", "Turner");
  }
}
