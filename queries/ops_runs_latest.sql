-- title: Last run of each operations job
-- description: The newest run of every job (inbox, backup, digests, test mail) with its result.
-- params: (none)
-- grain: one row per job that ran at least once
-- columns: job, started_at, finished_at, ok, trigger, summary

with ranked as (
    select *, row_number() over (partition by job order by finished_at desc, run_id desc) as newest
    from ops_runs
),

final as (
    select job, started_at, finished_at, ok, trigger, summary
    from ranked
    where newest = 1
)

select * from final order by job
