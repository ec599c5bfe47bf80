-- title: The oldest open requests
-- description: The $max_rows requests open longest (status proses), with their age in working and elapsed minutes as of the latest time recorded in service_logs, and their service standard. The handler's name is returned only when $with_names is true (roles allowed to see names); otherwise it is NULL and never leaves the store.
-- params: $unit_id VARCHAR (NULL = all units), $service_ids VARCHAR[] (empty = all services), $channel VARCHAR (NULL = all channels), $with_names BOOLEAN, $max_rows INTEGER
-- grain: one row per open request, oldest first
-- columns: request_id, service_name, unit_name, channel, received_at, age_working_minutes, age_elapsed_minutes, standard_minutes, times_standard, handler_name

with as_of_index as (
    select * from logs_as_of()
),

oldest as (
    select
        l.request_id,
        l.service_id,
        l.unit_id,
        l.channel,
        l.handled_by,
        l.received_at,
        i.idx - working_minute_index(l.received_at, c.cum_minutes_before, c.is_working, c.open_minute, c.close_minute)
            as age_working_minutes,
        date_diff('second', l.received_at, i.ts) / 60.0 as age_elapsed_minutes
    from service_logs l
    join calendar_days c on c.day = cast(l.received_at as date)
    cross join as_of_index i
    where l.status = 'proses'
      and ($unit_id is null or l.unit_id = $unit_id)
      and (coalesce(len($service_ids), 0) = 0 or list_contains($service_ids, l.service_id))
      and ($channel is null or l.channel = $channel)
    order by l.received_at, l.request_id
    limit $max_rows
),

final as (
    select
        o.request_id,
        s.name as service_name,
        u.name as unit_name,
        o.channel,
        o.received_at,
        o.age_working_minutes,
        o.age_elapsed_minutes,
        s.standard_minutes,
        o.age_working_minutes / s.standard_minutes as times_standard,
        case when $with_names then e.name end as handler_name
    from oldest o
    join services s using (service_id)
    join units u using (unit_id)
    left join employees e on e.nip = o.handled_by
    order by o.received_at, o.request_id
)

select * from final
