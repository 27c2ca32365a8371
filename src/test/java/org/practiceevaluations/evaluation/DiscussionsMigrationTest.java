package org.practiceevaluations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.practiceevaluations.support.EmbeddedPostgres;

/**
 * V8 keeps every discussion of the grade apart in evaluations recorded before it: a moderation discussion (15a)
 * whose view of the grade was written over the reflective discussion's (15) moves to its own columns, and a grade
 * agreed with the team or decided by the audit manager keeps its grade and date. On H2 and on PostgreSQL.
 */
class DiscussionsMigrationTest {

  @Test
  void onH2() throws SQLException {
    migrate("jdbc:h2:mem:discussions-migration;DB_CLOSE_DELAY=-1", "sa", "");
  }

  @Test
  void onPostgres() throws SQLException {
    migrate(EmbeddedPostgres.newDatabase(), "postgres", "");
  }

  private void migrate(String url, String user, String password) throws SQLException {
    Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
        .table("pe_schema_history").target("6").load().migrate();
    try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
      sql.execute("insert into pe_service_area (id, code, name, head_of_service) values (1, 'FDA', 'Front Door', 'hos')");
      sql.execute("insert into pe_team (id, code, name, service_area_id, team_manager, practice_manager) "
          + "values (1, 'ATN', 'Assessment Team North', 1, 'tm', 'pm')");
      sql.execute("insert into pe_child_case (id, child_reference, first_name, last_name, date_of_birth, team_id, "
          + "allocated_worker, legal_status, is_open) values (1, 'C1', 'A', 'B', date '2015-01-01', 1, 'sw', 'CIN', true)");
      // moderated and discussed: the 15a view sits in the section 15 columns
      evaluation(sql, 1, "PE-2026-0001", true, "timestamp with time zone '2026-10-14 15:00:00+00'", "false", "'GOOD'",
          "'The moderator missed the recent progress.'", "'MODERATOR'", null);
      // not moderated, the team disagreed, and the audit manager decided
      evaluation(sql, 2, "PE-2026-0002", false, "null", "false", "'OUTSTANDING'", "'The direct work is outstanding.'",
          "'AUDIT_MANAGER'", "'REQUIRES_IMPROVEMENT'");
      // not moderated, agreed with the team after a discussion
      evaluation(sql, 3, "PE-2026-0003", false, "null", "false", "'GOOD'", "'Better than it reads.'",
          "'AGREED_AFTER_DISCUSSION'", "'GOOD'");
    }

    Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
        .table("pe_schema_history").load().migrate();

    try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
      Map<String, Object> moderated = row(sql, 1);
      assertThat(moderated.get("moderation_team_agrees_with_grade")).isEqualTo(false);
      assertThat(moderated.get("moderation_team_view_of_grade")).isEqualTo("GOOD");
      assertThat(moderated.get("moderation_team_view_reason")).isEqualTo("The moderator missed the recent progress.");
      assertThat(moderated.get("team_agrees_with_grade")).as("section 15's own view was lost before V8").isNull();
      assertThat(moderated.get("team_view_reason")).isNull();

      Map<String, Object> decided = row(sql, 2);
      assertThat(decided.get("team_view_reason")).as("section 15 of an unmoderated evaluation stays")
          .isEqualTo("The direct work is outstanding.");
      assertThat(decided.get("moderation_team_view_reason")).isNull();
      assertThat(decided.get("decided_grade")).isEqualTo("REQUIRES_IMPROVEMENT");
      assertThat(decided.get("decided_at")).isNotNull();
      assertThat(decided.get("agreed_grade")).isNull();

      Map<String, Object> agreed = row(sql, 3);
      assertThat(agreed.get("agreed_grade")).isEqualTo("GOOD");
      assertThat(agreed.get("dispute_discussed_at")).isNotNull();
      assertThat(agreed.get("decided_grade")).isNull();
    }
  }

  private static void evaluation(Statement sql, int id, String reference, boolean moderated, String moderatedAt,
      String teamAgrees, String teamView, String teamReason, String source, String finalGrade) throws SQLException {
    sql.execute("insert into pe_evaluation (id, reference, type, moderated, stage, child_case_id, child_reference, "
        + "team_id, auditor, social_worker, team_manager, practice_manager, head_of_service, allocated_at, due_at, "
        + "moderated_at, team_agrees_with_grade, team_view_of_grade, team_view_reason, final_grade, "
        + "final_grade_source, finalised_at) values (" + id + ", '" + reference + "', 'MONTHLY', " + moderated
        + ", 'SHARED', 1, 'C1', 1, 'au', 'sw', 'tm', 'pm', 'hos', "
        + "timestamp with time zone '2026-09-01 09:00:00+00', timestamp with time zone '2026-10-01 16:00:00+00', "
        + moderatedAt + ", " + teamAgrees + ", " + teamView + ", " + teamReason + ", "
        + (finalGrade == null ? teamView : finalGrade) + ", " + source
        + ", timestamp with time zone '2026-10-20 12:00:00+00')");
  }

  private static Map<String, Object> row(Statement sql, int id) throws SQLException {
    Map<String, Object> row = new HashMap<>();
    try (ResultSet rs = sql.executeQuery("select * from pe_evaluation where id = " + id)) {
      assertThat(rs.next()).isTrue();
      for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
        row.put(rs.getMetaData().getColumnName(c).toLowerCase(), rs.getObject(c));
      }
    }
    return row;
  }
}
