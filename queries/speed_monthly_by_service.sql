-- title: Monthly processing time and on-standard share per service
-- description: Per month of receipt and service, and per month over all selected services (service_id NULL): completed requests, median and p90 in minutes of the chosen measure ($measure 'working': working minutes; 'elapsed': elapsed minutes; anything else raises) and rework share of the completed requests (status selesai); the on-standard share (percent points) counts every request with a known outcome (macro standard_outcomes: an open request already past its standard is a miss), with open_missed those open misses.
-- params: $date_from DATE, $date_to DATE (exclusive), $unit_id VARCHAR (NULL = all units), $service_ids VARCHAR[] (empty = all services), $channel VARCHAR (NULL = all channels), $measure VARCHAR ('working' or 'elapsed')
-- grain: one row per month and service, plus one row per month with service_id NULL
-- columns: month, service_id, n, median_minutes, p90_minutes, n_with_standard, open_missed, on_standard_share, rework_share

with logs as (
    select
        date_trunc('month', received_at)::date as month,
        service_id,
        measure_minutes($measure, working_minutes, elapsed_hours) as minutes,
        rework_count
    from completed_logs($date_from, $date_to, $unit_id, $service_ids, $channel)
),

times as (
    select
        month,
        service_id,
        count(*) as n,
        quantile_cont(minutes, 0.5) as median_minutes,
        quantile_cont(minutes, 0.9) as p90_minutes,
        100.0 * avg((rework_count > 0)::integer) as rework_share
    from logs
    group by grouping sets ((month, service_id), (month))
),

outcomes as (
    select
        date_trunc('month', received_at)::date as month,
        service_id,
        count(meets_standard) as n_with_standard,
        count(*) filter (where is_open and not meets_standard) as open_missed,
        100.0 * avg(meets_standard::integer) as on_standard_share
    from standard_outcomes($date_from, $date_to, $unit_id, $service_ids, $channel)
    group by grouping sets ((month, service_id), (month))
),

final as (
    select
        t.month,
        t.service_id,
        t.n,
        t.median_minutes,
        t.p90_minutes,
        coalesce(o.n_with_standard, 0) as n_with_standard,
        coalesce(o.open_missed, 0) as open_missed,
        o.on_standard_share,
        t.rework_share
    from times t
    left join outcomes o on o.month = t.month and o.service_id is not distinct from t.service_id
    order by t.month, t.service_id nulls first
)

select * from final
