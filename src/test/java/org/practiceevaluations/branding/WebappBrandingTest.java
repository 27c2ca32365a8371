package org.practiceevaluations.branding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.AppTest;
import org.practiceevaluations.support.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps' documented customisation files, as the browser fetches them before anyone logs in: the stylesheet
 * hides Camunda's end-of-life banner, the settings name the council and the product, Camunda's own settings stay.
 */
@AppTest
class WebappBrandingTest {

  @LocalServerPort int port;

  @Test
  void everyWebappsStylesheetHidesTheCamunda8Banner() {
    for (String webapp : WebappBranding.WEBAPPS.keySet()) {
      Http.Response css = Http.anonymous(port).get("/camunda/app/" + webapp + "/styles/user-styles.css");

      assertThat(css.status()).as(webapp).isEqualTo(200);
      assertThat(css.header("Content-Type")).as(webapp).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
      assertThat(css.body()).as(webapp).contains(".ce-eol-banner {\n  display: none !important;");
    }
  }

  @Test
  void everyWebappIsNamedForTheCouncilAndTheProductAndKeepsCamundasOwnSettings() {
    Http.Response tasklist = Http.anonymous(port).get("/camunda/app/tasklist/scripts/config.js");
    Http.Response cockpit = Http.anonymous(port).get("/camunda/app/cockpit/scripts/config.js");

    assertThat(tasklist.status()).isEqualTo(200);
    assertThat(tasklist.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    assertThat(tasklist.body()).contains("export default {",
        "app: { vendor: 'Lowfield Council · Practice Evaluations', name: 'Tasklist' }",
        "shortcuts: {", "claimTask: {");
    assertThat(cockpit.body()).contains("app: { vendor: 'Lowfield Council · Practice Evaluations', name: 'Cockpit' }");
  }

  @Test
  void anythingElseIsNotThere() {
    assertThat(Http.anonymous(port).get("/camunda/app/nothing/scripts/config.js").status()).isEqualTo(404);
  }

  @Test
  void aCouncilsNameCannotEndTheScript() {
    assertThat(WebappBranding.jsString("O'Brien's </script> \\ council"))
        .isEqualTo("'O\\u0027Brien\\u0027s \\u003c/script\\u003e \\u005c council'");
  }
}
