-- title: Public slides: requests served per service and per kelurahan
-- description: Completed requests (status selesai) received from $date_from up to (not including) $date_to, counted per service (dim 'service') and per kelurahan (dim 'unit'); every unit that is not a kelurahan (the kecamatan office, its sekretariat and seksi) is counted as one row with is_office true. The page suppresses counts below 10.
-- params: $date_from DATE, $date_to DATE
-- grain: one row per dim and service or kelurahan
-- columns: dim, key, name, is_office, n

with logs as (
    select l.service_id, l.unit_id, u.kind
    from service_logs l
    join units u using (unit_id)
    where l.received_at >= $date_from
      and l.received_at < $date_to
      and l.status = 'selesai'
),

per_service as (
    select 'service' as dim, l.service_id as key, s.name, false as is_office, count(*) as n
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
        count(*) as n
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
