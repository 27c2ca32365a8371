-- The guide's timings and rules (issue 14). Runs unchanged on H2 and PostgreSQL.

-- The auditor's "no surprises" conversation with the team about an inadequate grade, before the written evaluation
-- is sent to them: when, by whom and what was said.
alter table pe_evaluation add column team_told_of_outcome_on date;
alter table pe_evaluation add column team_told_of_outcome_by varchar(64);
alter table pe_evaluation add column team_told_of_outcome_notes varchar(20000);

-- A case of concern closes only when the re-audit is not inadequate and the practice manager's latest monthly review
-- confirms the improvement has held (the decision concern-outcome): each review says so.
alter table pe_concern_progress_review add column improvement_sustained boolean;

-- The team's dispute of the grade after the evaluation reached it (within the time evaluation-deadlines gives): who
-- disputed, when, the grade it thinks right and its reasons, kept apart from sections 15 and 15a.
alter table pe_evaluation add column shared_dispute_at timestamp(6) with time zone;
alter table pe_evaluation add column shared_dispute_by varchar(64);
alter table pe_evaluation add column shared_dispute_grade varchar(30);
alter table pe_evaluation add column shared_dispute_reason varchar(20000);
