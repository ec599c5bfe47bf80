-- title: Monthly processing time and on-standard share per service
-- description: Per month of receipt and service, and per month over all selected services (service_id NULL): completed requests, median and p90 in minutes of the chosen measure ($measure 'working': working minutes; 'elapsed': elapsed minutes; anything else raises), on-standard share (percent points) and rework share. Completed requests (status selesai) only.
-- params: $date_from DATE, $date_to DATE (exclusive), $unit_id VARCHAR (NULL = all units), $service_ids VARCHAR[] (empty = all services), $channel VARCHAR (NULL = all channels), $measure VARCHAR ('working' or 'elapsed')
-- grain: one row per month and service, plus one row per month with service_id NULL

with logs as (
    select
        date_trunc('month', received_at)::date as month,
        service_id,
        measure_minutes($measure, working_minutes, elapsed_hours) as minutes,
        on_standard,
        rework_count
    from completed_logs($date_from, $date_to, $unit_id, $service_ids, $channel)
),

final as (
    select
        month,
        service_id,
        count(*) as n,
        quantile_cont(minutes, 0.5) as median_minutes,
        quantile_cont(minutes, 0.9) as p90_minutes,
        count(on_standard) as n_with_standard,
        100.0 * avg(on_standard::integer) as on_standard_share,
        100.0 * avg((rework_count > 0)::integer) as rework_share
    from logs
    group by grouping sets ((month, service_id), (month))
    order by month, service_id nulls first
)

select * from final
