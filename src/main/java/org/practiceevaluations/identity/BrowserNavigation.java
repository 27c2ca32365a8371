package org.practiceevaluations.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A person's browser opening an address (a link in a mail, a bookmark), as opposed to a script or a page's own
 * request. Such a visitor who is not logged in is sent to the log-in page, never asked for a password by the
 * browser's own dialog.
 */
public final class BrowserNavigation {

  /** Where staff log in: Tasklist, whose log-in also opens Cockpit and the application's pages. */
  public static final String LOG_IN = "/camunda/app/tasklist/";

  private BrowserNavigation() {}

  public static boolean is(HttpServletRequest request) {
    if ("navigate".equalsIgnoreCase(request.getHeader("Sec-Fetch-Mode"))) {
      return true;
    }
    String accept = request.getHeader("Accept");
    return "GET".equals(request.getMethod()) && accept != null && accept.trim().startsWith("text/html");
  }

  public static void sendToLogIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.sendRedirect(request.getContextPath() + LOG_IN);
  }
}
