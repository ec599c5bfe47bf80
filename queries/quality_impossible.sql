-- title: Impossible or suspicious values
-- description: Counts of values that pass the store's rules but make no sense (future dates, zero-second requests, handlers outside their posting, ...), each with one example.
-- params: $today DATE, $unit_id VARCHAR (NULL = all units)
-- grain: one row per check, in a fixed order
-- columns: check_id, n, example

with logs as (
    select * from service_logs where $unit_id is null or unit_id = $unit_id
),

-- the per-request checks in one pass over the logs
simple as (
    select
        count(*) filter (where received_at::date > $today) as future_n,
        min(request_id) filter (where received_at::date > $today) as future_ex,
        count(*) filter (where hour(received_at) < 5) as night_n,
        min(request_id) filter (where hour(received_at) < 5) as night_ex,
        count(*) filter (where completed_at = received_at) as zero_n,
        min(request_id) filter (where completed_at = received_at) as zero_ex,
        count(*) filter (where completed_at > received_at + interval 365 day) as over_year_n,
        min(request_id) filter (where completed_at > received_at + interval 365 day) as over_year_ex,
        count(*) filter (where due_at < received_at) as due_before_n,
        min(request_id) filter (where due_at < received_at) as due_before_ex,
        count(*) filter (where rework_count > 5) as rework_high_n,
        min(request_id) filter (where rework_count > 5) as rework_high_ex
    from logs
),

-- the handler checks on logs grouped by handler, unit and day first (a few thousand groups), then
-- compared with the employee's dates and postings (employee_postings: posted to another unit on that day)
handler as (
    select g.n, g.example,
           exists (select 1 from employee_postings p where p.nip = g.handled_by and p.unit_id <> g.unit_id
                   and g.day >= p.valid_from and (p.valid_to is null or g.day <= p.valid_to)) as elsewhere,
           g.day < e.start_date or g.day > e.end_date as inactive
    from (
        select handled_by, unit_id, received_at::date as day, count(*) as n, min(request_id) as example
        from logs
        where handled_by is not null
        group by all
    ) g
    join employees e on e.nip = g.handled_by
),

checks as (
    select 1 as ord, 'future' as check_id, future_n as n, future_ex as example from simple
    union all
    select 2, 'night', night_n, night_ex from simple
    union all
    select 3, 'zero', zero_n, zero_ex from simple
    union all
    select 4, 'over_year', over_year_n, over_year_ex from simple
    union all
    select 5, 'due_before', due_before_n, due_before_ex from simple
    union all
    select 6, 'rework_high', rework_high_n, rework_high_ex from simple
    union all
    select 7, 'handler_elsewhere', coalesce(sum(n), 0)::bigint, min(example) from handler where elsewhere
    union all
    select 8, 'handler_inactive', coalesce(sum(n), 0)::bigint, min(example) from handler where inactive
    union all
    select 9, 'realization_high', count(*), min(target_id) from skp_targets
    where realization_value > 5 * target_value and aspect in ('kuantitas', 'kualitas')
),

final as (
    select check_id, n, example from checks order by ord
)

select * from final
