-- Good practice flagged for sharing across children's services (issue 14, learning): the auditor marks the example
-- in the good-practice section as one to share; the quarterly report gathers the flagged examples into a digest.
-- The flag is the catalogue branch's (Evaluation.goodPracticeToShare); this migration adds it for the timings branch
-- first. If the catalogue branch adds the same column in its own migration, keep one of the two. Runs unchanged on H2
-- and PostgreSQL.

alter table pe_evaluation add column good_practice_to_share boolean default false not null;
