package org.practiceevaluations.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceevaluations.support.DemoUsers.AUDIT_MANAGER;
import static org.practiceevaluations.support.DemoUsers.PASSWORD;

import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class EngineRestAuthenticationTest {

  private static final String PROCESS_DEFINITIONS = "/engine-rest/process-definition";

  @LocalServerPort int port;

  @Test
  void theEngineRestApiAnswersNobodyWithoutALogIn() {
    Http.Response response = Http.anonymous(port).get(PROCESS_DEFINITIONS);

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void theEngineRestApiAnswersAMemberOfStaffWithHttpBasic() {
    Http.Response response = Http.basic(port, AUDIT_MANAGER, PASSWORD).get(PROCESS_DEFINITIONS);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().isArray()).isTrue();
  }

  @Test
  void theEngineRestApiRefusesAnUnknownUser() {
    Http.Response response = Http.basic(port, "nobody", PASSWORD).get(PROCESS_DEFINITIONS);

    assertThat(response.status()).isEqualTo(401);
  }
}
