-- title: A unit's open requests past or near their service standard
-- description: Requests of the unit still open ('proses') at $now_at whose age in working minutes has reached $near_share of their service standard (near) or passed it (past). No handler names: the daily digest goes by e-mail. Oldest first, at most 200.
-- params: $unit_id VARCHAR, $now_at TIMESTAMP, $near_share DOUBLE
-- grain: one row per open request
-- columns: request_id, service, received_at, age_minutes, standard_minutes, past_standard

with open_requests as (
    select
        l.request_id,
        l.service_id,
        l.received_at,
        working_minute_index($now_at, cn.cum_minutes_before, cn.is_working, cn.open_minute, cn.close_minute)
        - working_minute_index(l.received_at, cr.cum_minutes_before, cr.is_working, cr.open_minute, cr.close_minute)
            as age_minutes
    from service_logs l
    left join calendar_days cr on cr.day = cast(l.received_at as date)
    left join calendar_days cn on cn.day = cast($now_at as date)
    where l.unit_id = $unit_id
      and l.status = 'proses'
      and l.completed_at is null
      and l.received_at <= $now_at
),

final as (
    select
        o.request_id,
        s.name as service,
        o.received_at,
        o.age_minutes,
        s.standard_minutes,
        o.age_minutes > s.standard_minutes as past_standard
    from open_requests o
    join services s using (service_id)
    where s.standard_minutes is not null
      and o.age_minutes >= $near_share * s.standard_minutes
    order by o.age_minutes desc, o.request_id
    limit 200
)

select * from final
