package org.practiceevaluations.retention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.practiceevaluations.recording.DocumentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Removes what the retention schedule says has been kept long enough, and says how many of each it removed (never
 * what they said). Each rule is one method, called by one step of {@code processes/retention.bpmn}, in that step's
 * transaction.
 */
@Service
public class Retention {

  private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
  static final String REMOVED = "(removed under the retention schedule)";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final RetentionSettings settings;
  private final DocumentStore documents;

  public Retention(JdbcTemplate jdbc, Clock clock, RetentionSettings settings, DocumentStore documents) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
    this.documents = documents;
  }

  public RetentionCutOffs cutOffs() {
    return RetentionCutOffs.at(clock.instant(), clock.getZone(), settings);
  }

  /** Outbox mails written before the cut-off: deleted (the ledger keeps that they were sent). */
  public int deleteOldOutboxMail() {
    int deleted = jdbc.update("delete from pe_outbox_message where created_at < ?",
        Timestamp.from(cutOffs().outboxWrittenBefore()));
    LOG.info("retention: {} outbox mails deleted", deleted);
    return deleted;
  }

  /** Ledger rows written before the cut-off, and any outbox mail still hanging from them: deleted. */
  public int deleteOldNotificationRecords() {
    Timestamp before = Timestamp.from(cutOffs().notificationRecordsBefore());
    jdbc.update("delete from pe_outbox_message where notification_id in (select id from pe_notification where"
        + " created_at < ?)", before);
    int deleted = jdbc.update("delete from pe_notification where created_at < ?", before);
    LOG.info("retention: {} notification records deleted", deleted);
    return deleted;
  }

  /** What {@link #anonymiseClosedCases()} removed, by kind. */
  public record Anonymised(int cases, int evaluations, int caseNotes, int documents, int files) {}

  /**
   * Cases closed before the cut-off: the child's name and date of birth, and everything people wrote in its
   * evaluations, concerns and requests, are removed; its case notes and filed documents are deleted (the files too,
   * from a store that holds them here). What stays is what the reports count: the evaluation's type, dates, team,
   * people's user ids, judgements and grades.
   */
  public Anonymised anonymiseClosedCases() {
    Date closedBefore = Date.valueOf(cutOffs().casesClosedBefore());
    List<String> children = jdbc.queryForList("select child_reference from pe_child_case where is_open = false"
        + " and closed_on is not null and closed_on < ? and anonymised_at is null order by child_reference",
        String.class, closedBefore);
    int evaluations = 0;
    int caseNotes = 0;
    int filed = 0;
    int files = 0;
    for (String child : children) {
      evaluations += jdbc.update("update pe_evaluation set social_worker_contact_notes = null,"
          + " family_not_contacted_reason = null, no_feedback_reason = null, reflective_discussion = null,"
          + " reflective_discussion_attendees = null, team_view_reason = null, initial_findings = null,"
          + " learning_for_auditor = null, learning_for_team = null, moderation_discussion = null,"
          + " dispute_discussion = null, decision_reason = null, supervision_notes = null,"
          + " team_told_of_outcome_notes = null, shared_dispute_reason = null where child_reference = ?",
          child);
      String ofChild = "(select id from pe_evaluation where child_reference = ?)";
      jdbc.update("update pe_evaluation_section set commentary = null where evaluation_id in " + ofChild, child);
      jdbc.update("update pe_evaluation_action set description = ?, suggested_solution = null, progress_note = null"
          + " where evaluation_id in " + ofChild, REMOVED, child);
      jdbc.update("delete from pe_family_feedback where evaluation_id in " + ofChild, child);
      jdbc.update("update pe_safety_escalation set concern = ?, action_taken = null where evaluation_id in " + ofChild,
          REMOVED, child);
      jdbc.update("update pe_qa_further_deadline set note = null where evaluation_reference in"
          + " (select reference from pe_evaluation where child_reference = ?)", child);
      jdbc.update("delete from pe_outbox_message where evaluation_reference in"
          + " (select reference from pe_evaluation where child_reference = ?)", child);
      jdbc.update("update pe_concern_progress_review set progress = ? where concern_id in"
          + " (select id from pe_case_of_concern where child_reference = ?)", REMOVED, child);
      jdbc.update("update pe_case_of_concern set response_actions = null, response_to_findings = null,"
          + " review_attendees = null, review_outcome = null where child_reference = ?", child);
      jdbc.update("update pe_audit_request set reason_text = null, details = null, decision_reason = null"
          + " where child_reference = ?", child);
      jdbc.update("update pe_change_audit_offer set not_started_reason = null where child_reference = ?", child);
      caseNotes += jdbc.update("delete from pe_case_note where child_reference = ?", child);
      for (String location : jdbc.queryForList("select location from pe_document where child_reference = ?",
          String.class, child)) {
        if (documents.delete(location)) {
          files++;
        }
      }
      filed += jdbc.update("delete from pe_document where child_reference = ?", child);
      jdbc.update("update pe_child_case set first_name = ?, last_name = ?, date_of_birth = ?, looked_after_since = null,"
          + " cp_plan_since = null, anonymised_at = ? where child_reference = ?", "(removed)", "(removed)",
          Date.valueOf("1900-01-01"), Timestamp.from(clock.instant()), child);
    }
    Anonymised result = new Anonymised(children.size(), evaluations, caseNotes, filed, files);
    LOG.info("retention: {} closed cases anonymised ({} evaluations), {} case notes and {} documents deleted ({} files)",
        result.cases(), result.evaluations(), result.caseNotes(), result.documents(), result.files());
    return result;
  }
}
