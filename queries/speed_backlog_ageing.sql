-- title: Backlog ageing: open requests by age against their standard
-- description: Requests still open (status proses) now, per unit and service, counted by their age in working minutes relative to the service standard: within the standard, up to 2x, up to 5x, over 5x, or no standard set. "Now" is the latest time recorded in service_logs, so a store loaded some days ago still ages correctly. The period filter does not apply: backlog is what is open today.
-- params: $unit_id VARCHAR (NULL = all units), $service_ids VARCHAR[] (empty = all services), $channel VARCHAR (NULL = all channels)
-- grain: one row per unit, service and age bucket with at least one open request
-- columns: unit_id, unit_name, service_id, service_name, bucket, n, oldest_working_minutes, as_of

with as_of_index as (
    select * from logs_as_of()
),

open_requests as (
    select
        l.unit_id,
        l.service_id,
        s.standard_minutes,
        i.idx - working_minute_index(l.received_at, c.cum_minutes_before, c.is_working, c.open_minute, c.close_minute)
            as age_working_minutes,
        i.ts as as_of
    from service_logs l
    join services s using (service_id)
    join calendar_days c on c.day = cast(l.received_at as date)
    cross join as_of_index i
    where l.status = 'proses'
      and ($unit_id is null or l.unit_id = $unit_id)
      and (coalesce(len($service_ids), 0) = 0 or list_contains($service_ids, l.service_id))
      and ($channel is null or l.channel = $channel)
),

bucketed as (
    select
        *,
        case
            when standard_minutes is null then 'no_standard'
            when age_working_minutes <= standard_minutes then 'within'
            when age_working_minutes <= 2 * standard_minutes then 'upto_2x'
            when age_working_minutes <= 5 * standard_minutes then 'upto_5x'
            else 'over_5x'
        end as bucket
    from open_requests
),

final as (
    select
        b.unit_id,
        u.name as unit_name,
        b.service_id,
        s.name as service_name,
        b.bucket,
        count(*) as n,
        max(b.age_working_minutes) as oldest_working_minutes,
        any_value(b.as_of) as as_of
    from bucketed b
    join units u using (unit_id)
    join services s using (service_id)
    group by all
    order by u.name, s.name, b.bucket
)

select * from final
