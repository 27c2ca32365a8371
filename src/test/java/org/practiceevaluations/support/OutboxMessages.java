package org.practiceevaluations.support;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mails a process put in the outbox ({@code pe_outbox_message}), by template: who they went to, what they said. */
public final class OutboxMessages {

  private OutboxMessages() {}

  /** The recipients of the process's mails of this template. */
  public static List<String> recipients(JdbcTemplate jdbc, ProcessInstance pi, String template) {
    return jdbc.queryForList("select recipient from pe_outbox_message where process_instance_id = ? and template = ?",
        String.class, pi.getId(), template);
  }

  /** The subject of the process's first mail of this template. */
  public static String subject(JdbcTemplate jdbc, ProcessInstance pi, String template) {
    return jdbc.queryForList("select subject from pe_outbox_message where process_instance_id = ? and template = ?",
        String.class, pi.getId(), template).get(0);
  }

  /** The plain-text body of the process's first mail of this template. */
  public static String body(JdbcTemplate jdbc, ProcessInstance pi, String template) {
    return jdbc.queryForList("select body_text from pe_outbox_message where process_instance_id = ? and template = ?",
        String.class, pi.getId(), template).get(0);
  }
}
