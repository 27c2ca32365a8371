-- Good practice to share across Children's Services (issue 14): the auditor flags the evaluation's good practice
-- example (kept as the commentary of the good practice section, pe_evaluation_section) as one to share. The
-- quarterly report's good-practice digest reads evaluations with good_practice_to_share = true. Runs unchanged on H2
-- and PostgreSQL.

alter table pe_evaluation add column good_practice_to_share boolean default false not null;
