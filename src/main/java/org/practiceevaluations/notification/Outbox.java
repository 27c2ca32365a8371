package org.practiceevaluations.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the outbox ({@code pe_outbox_message}): the mails written instead of sent, newest first. */
@Component
public class Outbox {

  /** One mail in the outbox. */
  public record Message(long id, Instant createdAt, String template, String recipient, String recipientName,
      String recipientEmail, String subject, String text, String html, String evaluationReference,
      String processInstanceId) {}

  private final JdbcTemplate jdbc;

  public Outbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Filters are optional (null = any). */
  public List<Message> messages(String recipient, String template, String evaluationReference,
      String processInstanceId, int limit) {
    StringBuilder sql = new StringBuilder("select id, created_at, template, recipient, recipient_name,"
        + " recipient_email, subject, body_text, body_html, evaluation_reference, process_instance_id"
        + " from pe_outbox_message where 1 = 1");
    List<Object> args = new ArrayList<>();
    filter(sql, args, "recipient", recipient);
    filter(sql, args, "template", template);
    filter(sql, args, "evaluation_reference", evaluationReference);
    filter(sql, args, "process_instance_id", processInstanceId);
    sql.append(" order by id desc fetch first ? rows only");
    args.add(limit);
    return jdbc.query(sql.toString(), (rs, i) -> new Message(rs.getLong("id"), instant(rs.getTimestamp("created_at")),
        rs.getString("template"), rs.getString("recipient"), rs.getString("recipient_name"),
        rs.getString("recipient_email"), rs.getString("subject"), rs.getString("body_text"),
        rs.getString("body_html"), rs.getString("evaluation_reference"), rs.getString("process_instance_id")),
        args.toArray());
  }

  private static void filter(StringBuilder sql, List<Object> args, String column, String value) {
    if (value != null && !value.isBlank()) {
      sql.append(" and ").append(column).append(" = ?");
      args.add(value.trim());
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
