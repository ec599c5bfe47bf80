-- The audit trail becomes tamper-evident: each entry is sealed with its place in the chain,
-- the hash of the entry before it and its own hash. Entries of earlier releases are sealed,
-- in order, the next time the dashboard or a CLI command opens the store.
alter table audit_log add column chain_no bigint;
alter table audit_log add column prev_hash varchar;
alter table audit_log add column entry_hash varchar;
