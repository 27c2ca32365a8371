package org.practiceevaluations.notification;

import java.util.Map;
import java.util.Set;

/**
 * Texts people typed that a notification quotes (the audit manager's reason for declining a request, a team
 * review's action plan): read from the application's tables for the process the notification is sent from, never
 * carried as process variables. Each capability that has such texts provides one bean; the notification's
 * template reads them among its variables ({@code vars['decisionReason']}). They are read only for the templates that
 * quote them ({@link #templates}: a reminder does not look up a concern, a request and a team review on every mail);
 * {@code NotificationTextsTest} fails when a template quotes a text whose source does not name it.
 */
public interface NotificationTexts {

  /** The templates that quote these texts. */
  Set<NotificationTemplate> templates();

  /** The names of the texts ({@code vars['name']} in a template). */
  Set<String> names();

  /** The texts of this process instance by name; empty when the process is not this capability's. */
  Map<String, Object> texts(String processInstanceId);
}
