package org.practiceevaluations.notification;

/**
 * A notification could not be sent. The message names the template, the activity, user ids and the kind of
 * failure only: it becomes the job's exception message in Cockpit and a log line, so it never carries an e-mail
 * address, a name or anything about the child (which is also why the cause of a send failure is not chained:
 * mail server replies quote addresses).
 */
public class NotificationException extends RuntimeException {
  public NotificationException(String message) {
    super(message);
  }
}
