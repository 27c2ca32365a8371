package org.practiceevaluations.notification;

import org.practiceevaluations.common.StepFailure;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of every notification to every person ({@code pe_notification}), keyed by {@link DeliveryKey}.
 * For a mail that leaves the application (SMTP, GOV.UK Notify) each step commits in its own transaction
 * (REQUIRES_NEW), independent of the job that sends: the job's transaction rolls back when a send fails, but what was
 * already sent must stay recorded. For the outbox, which is this database, a step's mails are written in the step's
 * own transaction ({@link #deliverAllOnce}).
 */
@Component
public class NotificationLedger {

  /** Where a notification to one person stands. */
  public enum State {
    /** About to be sent, or the try stopped while sending (see the ADR). */
    PENDING,
    /** Delivered to the mail server or written to the outbox. */
    SENT,
    /** The mail server refused or could not be reached; the job retries. */
    FAILED,
    /** Not sent: the directory has no e-mail address for the person. */
    NO_ADDRESS
  }

  /** What to do after {@link #begin}: send (noting whether an earlier try was interrupted), or skip. */
  public record Begun(long id, boolean alreadySent, boolean interrupted) {}

  /** One row of the ledger, for the audit team. */
  public record Entry(long id, String template, String recipient, String evaluationReference,
      String processInstanceId, String activityId, String channel, State state, int attempts, String lastError,
      java.time.Instant createdAt, java.time.Instant sentAt, String contentSha256) {}

  /** One mail of a step to a channel that writes only to this database: its key, what it is, how to deliver it. */
  public record Delivery(DeliveryKey key, String template, String evaluationReference, String contentSha256,
      LongConsumer delivery) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final TransactionTemplate stepTransaction;
  private final Clock clock;

  public NotificationLedger(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.stepTransaction = new TransactionTemplate(transactionManager);
    this.stepTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
  }

  /**
   * Records the intent to send (PENDING) and commits, before anything leaves the application. A key already
   * SENT is reported so the caller skips it; a key left PENDING by an earlier try means that try stopped
   * mid-send (the ADR says why the mail then goes again).
   */
  public Begun begin(DeliveryKey key, String template, String evaluationReference, String channel) {
    return newTransaction.execute(status -> beginInTransaction(key, template, evaluationReference, channel));
  }

  /**
   * For a channel that writes only to this database (the outbox): records and delivers in one transaction, so
   * the message exists exactly once. Returns false when it had already been delivered.
   */
  public boolean deliverOnce(DeliveryKey key, String template, String evaluationReference, String channel,
      LongConsumer delivery) {
    return deliverOnce(key, template, evaluationReference, channel, null, delivery);
  }

  /** As {@link #deliverOnce(DeliveryKey, String, String, String, LongConsumer)}, noting what went (its hash). */
  public boolean deliverOnce(DeliveryKey key, String template, String evaluationReference, String channel,
      String contentSha256, LongConsumer delivery) {
    Boolean delivered = newTransaction.execute(status -> {
      Begun begun = beginInTransaction(key, template, evaluationReference, channel);
      if (begun.alreadySent()) {
        return false;
      }
      delivery.accept(begun.id());
      update(begun.id(), State.SENT, null, contentSha256);
      return true;
    });
    return Boolean.TRUE.equals(delivered);
  }

  /**
   * For a channel that writes only to this database (the outbox): records and delivers every mail of one step in
   * one transaction, the step's own (the job's, ADR 0033): the mails and their ledger rows are committed with the
   * step's work or not at all, so each exists exactly once however often the job runs. A key already SENT (an earlier
   * step at the same point) is skipped. Returns, per key in the order given, whether it was delivered now.
   */
  public java.util.Map<DeliveryKey, Boolean> deliverAllOnce(String channel, List<Delivery> deliveries) {
    return stepTransaction.execute(status -> {
      java.util.Map<DeliveryKey, Boolean> delivered = new java.util.LinkedHashMap<>();
      for (Delivery d : deliveries) {
        DeliveryKey key = d.key();
        List<Object[]> rows = jdbc.query("select id, state from pe_notification where idempotency_key = ? for update",
            (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}, key.value());
        long id;
        if (rows.isEmpty()) {
          // written SENT at once: the row and the mail are committed together, or neither is
          try {
            id = insert("insert into pe_notification (idempotency_key, process_instance_id, activity_id,"
                    + " execution_id, round_number, recipient, template, evaluation_reference, channel, state,"
                    + " attempts, created_at, updated_at, sent_at, content_sha256)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
                key.value(), key.processInstanceId(), key.activityId(), key.executionId(), key.round(),
                key.recipient(), d.template(), d.evaluationReference(), channel, State.SENT.name(), now(), now(),
                now(), d.contentSha256());
          } catch (DuplicateKeyException e) {
            throw new NotificationException(StepFailure.MAIL_UNDER_WAY.say(java.util.Map.of("template",
                d.template()), "Another try of " + d.template() + " to " + key.recipient()
                + " is under way; this one will be retried."));
          }
        } else if (State.valueOf((String) rows.get(0)[1]) == State.SENT) {
          delivered.put(key, false);
          continue;
        } else {
          id = (Long) rows.get(0)[0];
          jdbc.update("update pe_notification set state = ?, attempts = attempts + 1, channel = ?, last_error = null,"
                  + " updated_at = ?, sent_at = ?, content_sha256 = coalesce(?, content_sha256) where id = ?",
              State.SENT.name(), channel, now(), now(), d.contentSha256(), id);
        }
        d.delivery().accept(id);
        delivered.put(key, true);
      }
      return delivered;
    });
  }

  public void markSent(long id) {
    markSent(id, null);
  }

  /**
   * Marks a notification SENT with the SHA-256 of what went ({@link OutgoingMail#contentSha256}): with the template
   * the row names, enough to prove what the person was sent without keeping the mail.
   */
  public void markSent(long id, String contentSha256) {
    newTransaction.executeWithoutResult(status -> update(id, State.SENT, null, contentSha256));
  }



  /** {@code error} is the kind of failure (an exception class name), never its message. */
  public void markFailed(long id, String error) {
    newTransaction.executeWithoutResult(status -> update(id, State.FAILED, error));
  }

  /** Notes that a person could not be mailed for want of an address (once per key). */
  public void recordNoAddress(DeliveryKey key, String template, String evaluationReference, String channel) {
    newTransaction.executeWithoutResult(status -> {
      Begun begun = beginInTransaction(key, template, evaluationReference, channel);
      if (!begun.alreadySent()) {
        update(begun.id(), State.NO_ADDRESS, null);
      }
    });
  }

  public List<Entry> entries(String processInstanceId, String evaluationReference, int limit) {
    StringBuilder sql = new StringBuilder("select id, template, recipient, evaluation_reference, process_instance_id,"
        + " activity_id, channel, state, attempts, last_error, created_at, sent_at, content_sha256 from pe_notification"
        + " where 1 = 1");
    List<Object> args = new java.util.ArrayList<>();
    if (processInstanceId != null) {
      sql.append(" and process_instance_id = ?");
      args.add(processInstanceId);
    }
    if (evaluationReference != null) {
      sql.append(" and evaluation_reference = ?");
      args.add(evaluationReference);
    }
    sql.append(" order by id desc fetch first ? rows only");
    args.add(limit);
    return jdbc.query(sql.toString(), (rs, i) -> new Entry(rs.getLong("id"), rs.getString("template"),
        rs.getString("recipient"), rs.getString("evaluation_reference"), rs.getString("process_instance_id"),
        rs.getString("activity_id"), rs.getString("channel"), State.valueOf(rs.getString("state")),
        rs.getInt("attempts"), rs.getString("last_error"), instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("sent_at")), rs.getString("content_sha256")), args.toArray());
  }

  private Begun beginInTransaction(DeliveryKey key, String template, String evaluationReference, String channel) {
    List<Object[]> rows = jdbc.query("select id, state from pe_notification where idempotency_key = ? for update",
        (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}, key.value());
    if (rows.isEmpty()) {
      try {
        long id = insert("insert into pe_notification (idempotency_key, process_instance_id, activity_id,"
                + " execution_id, round_number, recipient, template, evaluation_reference, channel, state, attempts,"
                + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            key.value(), key.processInstanceId(), key.activityId(), key.executionId(), key.round(), key.recipient(),
            template, evaluationReference, channel, State.PENDING.name(), now(), now());
        return new Begun(id, false, false);
      } catch (DuplicateKeyException e) {
        throw new NotificationException(StepFailure.MAIL_UNDER_WAY.say(java.util.Map.of("template", template),
            "Another try of " + template + " to " + key.recipient() + " is under way; this one will be retried."));
      }
    }
    long id = (Long) rows.get(0)[0];
    State state = State.valueOf((String) rows.get(0)[1]);
    if (state == State.SENT) {
      return new Begun(id, true, false);
    }
    jdbc.update("update pe_notification set state = ?, attempts = attempts + 1, channel = ?, updated_at = ?"
        + " where id = ?", State.PENDING.name(), channel, now(), id);
    return new Begun(id, false, state == State.PENDING);
  }

  /** Inserts one row and returns the id the database gave it, from the insert itself (no second look-up). */
  private long insert(String sql, Object... args) {
    org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.update(connection -> {
      java.sql.PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
      new org.springframework.jdbc.core.ArgumentPreparedStatementSetter(args).setValues(statement);
      return statement;
    }, keys);
    return keys.getKeyAs(Long.class);
  }

  private void update(long id, State state, String error) {
    update(id, state, error, null);
  }

  /** {@code contentSha256}: what went (with SENT), in the same statement; null leaves it as it was. */
  private void update(long id, State state, String error, String contentSha256) {
    jdbc.update("update pe_notification set state = ?, last_error = ?, updated_at = ?, sent_at = ?,"
            + " content_sha256 = coalesce(?, content_sha256) where id = ?",
        state.name(), error, now(), state == State.SENT ? now() : null, contentSha256, id);
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private static java.time.Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
