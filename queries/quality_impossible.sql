-- title: Impossible or suspicious values
-- description: Counts of values that pass the store's rules but make no sense (future dates, zero-second requests, handlers outside their posting, ...), each with one example.
-- params: $today DATE, $unit_id VARCHAR (NULL = all units)
-- grain: one row per check, in a fixed order

with logs as (
    select * from service_logs where $unit_id is null or unit_id = $unit_id
),

handler as (
    select l.request_id, l.unit_id as log_unit, l.received_at, e.unit_id as employee_unit, e.start_date, e.end_date
    from logs l
    join employees e on e.nip = l.handled_by
),

checks as (
    select 1 as ord, 'future' as check_id, count(*) as n, min(request_id) as example
    from logs where received_at::date > $today
    union all
    select 2, 'night', count(*), min(request_id) from logs where hour(received_at) < 5
    union all
    select 3, 'zero', count(*), min(request_id) from logs where completed_at = received_at
    union all
    select 4, 'over_year', count(*), min(request_id) from logs
    where completed_at > received_at + interval 365 day
    union all
    select 5, 'due_before', count(*), min(request_id) from logs where due_at < received_at
    union all
    select 6, 'rework_high', count(*), min(request_id) from logs where rework_count > 5
    union all
    select 7, 'handler_elsewhere', count(*), min(request_id) from handler where employee_unit <> log_unit
    union all
    select 8, 'handler_inactive', count(*), min(request_id) from handler
    where received_at::date < start_date or received_at::date > end_date
    union all
    select 9, 'realization_high', count(*), min(target_id) from skp_targets
    where realization_value > 5 * target_value and aspect in ('kuantitas', 'kualitas')
),

final as (
    select check_id, n, example from checks order by ord
)

select * from final
