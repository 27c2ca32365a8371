-- Retention (issue 16): when a case closed, so that its evaluations are anonymised a set time after (the retention
-- schedule, practice-evaluations.retention). The register says only open or closed: the closing date is the day an
-- import first finds the case closed. Cases already closed count from today, the safe side. anonymised_at marks a
-- case whose child's details and evaluations' free text the retention process has removed. Runs unchanged on H2 and
-- PostgreSQL. Numbered 9 so that it clashes with no migration written on another branch.

alter table pe_child_case add column closed_on date;
alter table pe_child_case add column anonymised_at timestamp(6) with time zone;
update pe_child_case set closed_on = current_date where is_open = false;
create index ix_child_case_closed on pe_child_case (closed_on);
