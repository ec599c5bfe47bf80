-- title: Recent runs of the operations jobs
-- description: The latest runs, newest first, optionally of one job only.
-- params: $job VARCHAR (NULL = every job), $limit INTEGER
-- grain: one row per run
-- columns: job, started_at, finished_at, ok, trigger, summary

select job, started_at, finished_at, ok, trigger, summary
from ops_runs
where $job is null or job = $job
order by finished_at desc, run_id desc
limit $limit
