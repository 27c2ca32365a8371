package org.practiceevaluations.notification;

/** How mail leaves the application: SMTP, or the outbox table when no mail server is configured. */
public interface MailChannel {

  /** SMTP or OUTBOX, as recorded in the ledger. */
  String name();

  /**
   * True when {@link #deliver} writes only to this application's database: it then runs inside the transaction
   * that marks the notification SENT, so the message exists exactly once.
   */
  boolean transactional();

  /** True when the channel cannot deliver without an e-mail address. */
  boolean needsAddress();

  /** Delivers or throws; {@code notificationId} is the ledger row. */
  void deliver(OutgoingMail mail, long notificationId);
}
