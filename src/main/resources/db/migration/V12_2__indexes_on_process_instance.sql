-- Indexes the benchmark showed missing (issue 18, figures 5 and 7: 100,000 finished evaluations in PostgreSQL).
-- Every step, form and mail finds the evaluation its process is about by the process instance
-- (ProcessEvaluations.of: the evaluation linked to the instance, else the case of concern, audit request or other
-- record linked to it, for the moderation also the calling instance). No column it asked by was indexed, so each of
-- those reads scanned the whole table: with 100,000 evaluations, opening a task's form took 40 ms against the bare
-- engine's 3.5 ms, submitting the evaluation form 80 ms against 20 ms, and a reminder timer fired 23 times a second.
-- The case of concern is also found by its current evaluation (the overview, a re-audit), and retention clears a
-- child's outbox mails and QA meeting deadline notes by evaluation reference. Runs unchanged on H2 and PostgreSQL.

create index ix_evaluation_process on pe_evaluation (process_instance_id);
create index ix_concern_process on pe_case_of_concern (process_instance_id);
create index ix_concern_current_evaluation on pe_case_of_concern (current_evaluation_reference);
create index ix_request_process on pe_audit_request (process_instance_id);
create index ix_cycle_process on pe_audit_cycle (process_instance_id);
create index ix_change_audit_offer_process on pe_change_audit_offer (process_instance_id);
create index ix_team_review_process on pe_team_review (process_instance_id);
create index ix_qa_meeting_process on pe_qa_meeting (process_instance_id);
create index ix_quarterly_report_process on pe_quarterly_report (process_instance_id);
create index ix_outbox_evaluation on pe_outbox_message (evaluation_reference);
create index ix_further_deadline_evaluation on pe_qa_further_deadline (evaluation_reference);
