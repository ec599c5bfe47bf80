-- title: Record one run of an operations job
-- description: Appends what an inbox scan, a backup or a digest did (or why it failed) for the Operasional page.
-- params: $job VARCHAR, $started_at TIMESTAMP, $finished_at TIMESTAMP, $ok BOOLEAN, $trigger VARCHAR, $summary VARCHAR
-- grain: inserts one row
-- columns: Count

insert into ops_runs (job, started_at, finished_at, ok, trigger, summary)
values ($job, $started_at, $finished_at, $ok, $trigger, $summary)
