-- title: Accuracy: rework share per service and per unit, by month
-- description: Share of completed requests (status selesai) that were returned for correction at least once (rework_count > 0), per month of receipt and service, per month and unit, and over the whole period per service and per unit (month NULL). Shares in percent points.
-- params: $date_from DATE, $date_to DATE (exclusive), $unit_id VARCHAR (NULL = all units), $service_ids VARCHAR[] (empty = all services), $channel VARCHAR (NULL = all channels)
-- grain: one row per dimension ('service' or 'unit'), key and month, plus whole-period rows with month NULL
-- columns: dim, key, name, month, n, n_rework, rework_rounds, rework_share

with logs as (
    select
        date_trunc('month', received_at)::date as month,
        service_id,
        unit_id,
        rework_count
    from service_logs
    where received_at >= $date_from and received_at < $date_to
      and status = 'selesai'
      and ($unit_id is null or unit_id = $unit_id)
      and (coalesce(len($service_ids), 0) = 0 or list_contains($service_ids, service_id))
      and ($channel is null or channel = $channel)
),

grouped as (
    select
        month,
        service_id,
        unit_id,
        count(*) as n,
        count(*) filter (where rework_count > 0) as n_rework,
        sum(rework_count)::bigint as rework_rounds,
        grouping(service_id) as no_service
    from logs
    group by grouping sets ((month, service_id), (month, unit_id), (service_id), (unit_id))
),

final as (
    select
        case when g.no_service = 0 then 'service' else 'unit' end as dim,
        coalesce(g.service_id, g.unit_id) as key,
        coalesce(s.name, u.name) as name,
        g.month,
        g.n,
        g.n_rework,
        g.rework_rounds,
        100.0 * g.n_rework / g.n as rework_share
    from grouped g
    left join services s on s.service_id = g.service_id
    left join units u on u.unit_id = g.unit_id
    order by dim, name, g.month nulls first
)

select * from final
