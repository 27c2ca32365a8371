-- What went, proven without keeping it (issue 18, docs/adr/0025-start-up-and-what-a-sent-mail-leaves.md): the
-- SHA-256 of each mail as it was handed to the channel (subject, plain text and HTML, rendered from the template the
-- row names), written in the transaction that marks it SENT. A copy of the mail, if anyone kept one (the recipient,
-- the mail server's journal, the local evaluation mode's outbox), can be checked against it; the ledger itself still
-- holds no content. Rows sent before this version have none. Runs unchanged on H2 and PostgreSQL.
alter table pe_notification add column content_sha256 varchar(64);
