-- title: Public slides: requests served per service and per kelurahan
-- description: Completed requests (status selesai) received from $date_from up to (not including) $date_to, counted per service (dim 'service') and per kelurahan (dim 'unit'); every unit that is not a kelurahan (the kecamatan office, its sekretariat and seksi) is counted as one row with is_office true. The page suppresses counts below 10.
-- params: $date_from DATE, $date_to DATE
-- grain: one row per dim and service or kelurahan
-- columns: dim, key, name, is_office, n

-- the whole months of the range from the monthly counts (derived table log_months), the part-months at its
-- ends from the logs themselves (stored in order of receipt, so a short range reads little)
with bounds as (
    select
        $date_from::timestamp as d0,
        $date_to::timestamp as d1,
        date_trunc('month', $date_from::timestamp + interval 1 month - interval 1 microsecond) as m0,
        greatest(date_trunc('month', $date_to::timestamp), m0) as m1
),

counted as (
    select m.service_id, m.unit_id, m.requests as n
    from log_months m, bounds b
    where m.status = 'selesai' and m.month >= b.m0 and m.month < b.m1
    union all
    select l.service_id, l.unit_id, 1 as n
    from service_logs_timed l, bounds b
    where l.status = 'selesai'
      and l.received_at >= b.d0 and l.received_at < b.d1
      and (l.received_at < b.m0 or l.received_at >= b.m1)
),

logs as (
    select c.service_id, c.unit_id, u.kind, c.n
    from counted c
    join units u using (unit_id)
),

per_service as (
    select 'service' as dim, l.service_id as key, s.name, false as is_office, sum(l.n)::bigint as n
    from logs l
    join services s using (service_id)
    group by all
),

per_unit as (
    select
        'unit' as dim,
        case when l.kind = 'kelurahan' then l.unit_id else 'office' end as key,
        case when l.kind = 'kelurahan' then u.name end as name,
        l.kind <> 'kelurahan' as is_office,
        sum(l.n)::bigint as n
    from logs l
    join units u using (unit_id)
    group by all
),

final as (
    select * from per_service
    union all
    select * from per_unit
)

select * from final
order by dim, n desc, key
