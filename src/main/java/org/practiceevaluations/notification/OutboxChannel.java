package org.practiceevaluations.notification;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Without a mail server (the embedded default) mails are written to the outbox table, which the audit team
 * reads over {@code GET /api/outbox}. The log says only which template went to which user id.
 */
public class OutboxChannel implements MailChannel {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxChannel.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public OutboxChannel(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "OUTBOX";
  }

  @Override
  public boolean transactional() {
    return true;
  }

  @Override
  public boolean needsAddress() {
    return false;
  }

  @Override
  public void deliver(OutgoingMail mail, long notificationId) {
    jdbc.update("insert into pe_outbox_message (notification_id, template, recipient, recipient_name,"
            + " recipient_email, subject, body_text, body_html, evaluation_reference, process_instance_id, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        notificationId, mail.template(), mail.recipient(), mail.recipientName(), mail.recipientEmail(),
        mail.subject(), mail.text(), mail.html(), mail.evaluationReference(), mail.processInstanceId(),
        Timestamp.from(clock.instant()));
    LOG.info("outbox: {} to {}", mail.template(), mail.recipient());
  }
}
