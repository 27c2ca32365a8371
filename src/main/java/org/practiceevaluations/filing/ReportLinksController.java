package org.practiceevaluations.filing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.practiceevaluations.identity.BrowserNavigation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page a mail's link to a report opens ({@code /reports/documents/<id>}). Logged in to Tasklist or Cockpit,
 * the person is taken straight to the file (which checks it is theirs to read); not logged in, they are shown a
 * short page that sends them to log in and back. A mail never links to the API itself.
 */
@RestController
public class ReportLinksController {

  public static final String PAGE = "/reports/documents/";
  static final String SESSION_AUTHENTICATIONS = "authenticatedUser";

  @GetMapping(PAGE + "{id}")
  public ResponseEntity<String> open(@PathVariable long id, HttpServletRequest request) {
    String file = request.getContextPath() + "/api/reports/documents/" + id;
    if (loggedIn(request)) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, file).build();
    }
    String logIn = request.getContextPath() + BrowserNavigation.LOG_IN;
    String page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Log in to open this report</title></head>
        <body style="font-family: Arial, sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.5; color: #1b1b1b">
        <h1 style="font-size: 1.5em">Log in to open this report</h1>
        <p>Reports on practice evaluations are for the staff they were sent to.</p>
        <ol><li><a href="%s">Log in to Tasklist</a> with your usual account.</li>
        <li>Then open the link in your e-mail again, or <a href="%s">open the report here</a>.</li></ol>
        </body></html>
        """.formatted(logIn, request.getContextPath() + PAGE + id);
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(page);
  }

  private static boolean loggedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object attribute = session == null ? null : session.getAttribute(SESSION_AUTHENTICATIONS);
    return attribute instanceof Authentications authentications
        && authentications.getAuthentications().stream().anyMatch(a -> a instanceof UserAuthentication);
  }
}
