-- title: A unit's open backlog at the end of a semester, with age against the standard
-- description: Requests of the unit that were open at the semester's end (or at the last record for a running semester): received time, service, age in working minutes at that moment, the standard, whether it is past the standard, and the handler's name (the page shows it only to roles that may see names). Oldest first, at most 500.
-- params: $period VARCHAR, $unit_id VARCHAR
-- grain: one row per open request
-- columns: request_id, service, received_at, cutoff, age_minutes, standard_minutes, past_standard, handler

with cutoff as (
    select least(period_end($period)::timestamp, (select max(received_at) from service_logs)) as cutoff
),

open_requests as (
    select
        l.request_id,
        l.service_id,
        l.received_at,
        l.handled_by,
        c.cutoff,
        working_minute_index(c.cutoff, cc.cum_minutes_before, cc.is_working, cc.open_minute, cc.close_minute)
        - working_minute_index(l.received_at, cr.cum_minutes_before, cr.is_working, cr.open_minute, cr.close_minute)
            as age_minutes
    from service_logs l
    cross join cutoff c
    left join calendar_days cr on cr.day = cast(l.received_at as date)
    left join calendar_days cc on cc.day = cast(c.cutoff as date)
    where l.unit_id = $unit_id
      and l.received_at < c.cutoff
      and ((l.completed_at is null and l.status = 'proses') or l.completed_at > c.cutoff)
),

final as (
    select
        o.request_id,
        s.name as service,
        o.received_at,
        o.cutoff,
        o.age_minutes,
        s.standard_minutes,
        o.age_minutes > s.standard_minutes as past_standard,
        e.name as handler
    from open_requests o
    join services s using (service_id)
    left join employees e on e.nip = o.handled_by
    order by o.age_minutes desc, o.request_id
    limit 500
)

select * from final
