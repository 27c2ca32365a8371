-- Indexes the benchmark showed missing (issue 9, figure 3: 100,000 finished evaluations in PostgreSQL).
-- PostgreSQL does not index foreign keys by itself: reading one evaluation (GET /api/evaluations/{ref}, every mail,
-- PDF and case note) scanned all of pe_family_feedback to find its two rows. The audit team's overdue list
-- (submitted_at is null and due_at < now, by due date) scanned all of pe_evaluation; with submitted_at first, the
-- open evaluations are one range of the index, already in due-date order. Runs unchanged on H2 and PostgreSQL.
-- Numbered 5.1 so that it sorts after V5 and clashes with no V6 written on another branch.

create index ix_feedback_evaluation on pe_family_feedback (evaluation_id);
create index ix_escalation_evaluation on pe_safety_escalation (evaluation_id);
create index ix_evaluation_open_due on pe_evaluation (submitted_at, due_at);
