package org.practiceevaluations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.forms.RefusalMessageFilter;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What the filter takes off a refusal and what it leaves alone, without a server. */
class RefusalMessageFilterTest {

  final RefusalMessageFilter filter = new RefusalMessageFilter(new com.fasterxml.jackson.databind.ObjectMapper());

  @Test
  void theEnginesPrefixComesOffARefusedTaskFormAndStartForm() throws Exception {
    assertThat(answer("/engine-rest/task/3ca4fd8e-1/submit-form", 400,
        "{\"type\":\"RestException\",\"message\":\"Cannot submit task form 3ca4fd8e-1: Please check your answers: "
            + "the grade.\",\"code\":null}"))
        .isEqualTo("{\"type\":\"RestException\",\"message\":\"Please check your answers: the grade.\",\"code\":null}");
    assertThat(answer("/camunda/api/engine/engine/default/process-definition/key/practice-evaluation/submit-form",
        400, "{\"type\":\"RestException\",\"message\":\"Cannot instantiate process definition "
            + "practice-evaluation:3:0a1b-2c: The evaluation was not started: There is no user x: y.\"}"))
        .contains("\"message\":\"The evaluation was not started: There is no user x: y.\"");
  }

  @Test
  void everythingElseIsLeftAsItWas() throws Exception {
    String prefixed = "{\"message\":\"Cannot submit task form 1: no\"}";
    assertThat(answer("/engine-rest/task/1/submit-form", 204, "")).isEmpty();
    assertThat(answer("/engine-rest/task/1/submit-form", 500, prefixed)).isEqualTo(prefixed);
    assertThat(answer("/engine-rest/task/1/complete", 400, prefixed)).isEqualTo(prefixed);
    assertThat(answer("/engine-rest/task/1/submit-form", 403,
        "{\"type\":\"AuthorizationException\",\"message\":\"The user with id 'ejones' does not have ...\"}"))
        .contains("The user with id 'ejones'");
    assertThat(answer("/engine-rest/task/1/submit-form", 400, "not json")).isEqualTo("not json");
  }

  private String answer(String uri, int status, String body) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
      @Override
      protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res)
          throws java.io.IOException {
        res.setStatus(status);
        res.setContentType("application/json");
        res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
      }
    }));
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
