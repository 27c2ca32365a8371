package org.practiceevaluations.notification;

import org.practiceevaluations.engine.notification.PermanentFailurePlugin;
/**
 * A notification that retrying cannot send: the mail service refused the key, the template or the recipient. The
 * job becomes an incident at once (see {@code engine.notification.PermanentFailurePlugin}) with this message, which says what to put
 * right; retrying it in Cockpit after that sends only to those still missing. Like every {@link NotificationException},
 * the message names user ids and kinds of failure only.
 */
public class PermanentNotificationFailure extends NotificationException {
  public PermanentNotificationFailure(String message) {
    super(message);
  }
}
