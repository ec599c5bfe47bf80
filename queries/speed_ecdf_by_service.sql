-- title: Cumulative distribution (ECDF) of processing time per service
-- description: For completed requests (status selesai) received in the period, the working and elapsed minutes by which 1 %, 2 %, ..., 99 % of a service's requests were finished: the ECDF drawn as quantiles, so only 99 points per service leave DuckDB.
-- params: $date_from DATE, $date_to DATE (exclusive), $unit_id VARCHAR (NULL = all units), $service_ids VARCHAR[] (empty = all services), $channel VARCHAR (NULL = all channels)
-- grain: one row per service and percent (1..99)

with logs as (
    select service_id, working_minutes, elapsed_hours * 60 as elapsed_minutes
    from completed_logs($date_from, $date_to, $unit_id, $service_ids, $channel)
),

per_service as (
    select
        service_id,
        count(*) as n,
        quantile_cont(working_minutes, list_transform(range(1, 100), lambda p: p / 100)) as qw,
        quantile_cont(elapsed_minutes, list_transform(range(1, 100), lambda p: p / 100)) as qe
    from logs
    group by service_id
),

final as (
    select
        service_id,
        n,
        unnest(range(1, 100)) as percent,
        unnest(qw) as working_minutes,
        unnest(qe) as elapsed_minutes
    from per_service
    order by service_id, percent
)

select * from final
