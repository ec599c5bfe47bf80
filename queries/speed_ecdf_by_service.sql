-- title: Cumulative distribution (ECDF) of processing time per service
-- description: For completed requests (status selesai) received in the period, the minutes of the chosen measure ($measure 'working': working minutes; 'elapsed': elapsed minutes; anything else raises) by which 1 %, 2 %, ..., 99 % of a service's requests were finished: the ECDF drawn as quantiles, so only 99 points per service leave DuckDB.
-- params: $date_from DATE, $date_to DATE (exclusive), $unit_id VARCHAR (NULL = all units), $service_ids VARCHAR[] (empty = all services), $channel VARCHAR (NULL = all channels), $measure VARCHAR ('working' or 'elapsed')
-- grain: one row per service and percent (1..99)
-- columns: service_id, n, percent, minutes

with logs as (
    select
        service_id,
        measure_minutes($measure, working_minutes, elapsed_hours) as minutes
    from completed_logs($date_from, $date_to, $unit_id, $service_ids, $channel)
),

per_service as (
    select
        service_id,
        count(*) as n,
        quantile_cont(minutes, list_transform(range(1, 100), lambda p: p / 100)) as q
    from logs
    group by service_id
),

final as (
    select
        service_id,
        n,
        unnest(range(1, 100)) as percent,
        unnest(q) as minutes
    from per_service
    order by service_id, percent
)

select * from final
