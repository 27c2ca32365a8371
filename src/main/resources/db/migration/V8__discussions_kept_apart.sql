-- Every discussion of the grade kept whole and apart (issue 15, docs/adr/0013). Before, the moderation discussion
-- (section 15a) wrote the team's view of the grade over the one recorded at the reflective discussion (section 15),
-- and the grade agreed with the team or decided by the audit manager was kept only as the final grade.
-- Runs unchanged on H2 and PostgreSQL.

-- Section 15a: the team's view of the moderator's grade, beside section 15's view of the first auditor's.
alter table pe_evaluation add column moderation_team_agrees_with_grade boolean;
alter table pe_evaluation add column moderation_team_view_of_grade varchar(30);
alter table pe_evaluation add column moderation_team_view_reason varchar(20000);
-- The discussion of a disputed grade with the team: when, and the grade agreed if it was.
alter table pe_evaluation add column dispute_discussed_at timestamp(6) with time zone;
alter table pe_evaluation add column agreed_grade varchar(30);
-- The audit manager's decision: the grade decided and when.
alter table pe_evaluation add column decided_grade varchar(30);
alter table pe_evaluation add column decided_at timestamp(6) with time zone;

-- A moderation already discussed left its (section 15a) view in the section 15 columns: move it where it belongs.
-- Section 15's own view was overwritten then and cannot be brought back; it now reads "not recorded" rather than
-- showing the moderation discussion's words under the reflective discussion's heading.
update pe_evaluation
   set moderation_team_agrees_with_grade = team_agrees_with_grade,
       moderation_team_view_of_grade = team_view_of_grade,
       moderation_team_view_reason = team_view_reason,
       team_agrees_with_grade = null,
       team_view_of_grade = null,
       team_view_reason = null
 where moderated_at is not null;

-- A grade agreed with the team, or decided by the audit manager, was the final grade from then on.
update pe_evaluation set agreed_grade = final_grade, dispute_discussed_at = finalised_at
 where final_grade_source = 'AGREED_AFTER_DISCUSSION';
update pe_evaluation set decided_grade = final_grade, decided_at = finalised_at
 where final_grade_source = 'AUDIT_MANAGER';
