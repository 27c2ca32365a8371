package org.practiceevaluations.notification;

import java.util.Map;

/**
 * Texts people typed that a notification quotes (the audit manager's reason for declining a request, a team
 * review's action plan): read from the application's tables for the process the notification is sent from, never
 * carried as process variables. Each capability that has such texts provides one bean; the notification's
 * template reads them among its variables ({@code vars['decisionReason']}).
 */
public interface NotificationTexts {

  /** The texts of this process instance by name; empty when the process is not this capability's. */
  Map<String, Object> texts(String processInstanceId);
}
