-- title: Distribution of processing time per service
-- description: For completed requests (status selesai) received in the period, in minutes of the chosen measure ($measure 'working': working minutes; 'elapsed': elapsed minutes; anything else raises): n, p10, quartiles, median and p90, the mean, the share finished within 1 hour, 1 day and 3 days (working days of the office hours, working_day_minutes() and three times that, e.g. 480 and 1440 working minutes for 08.00-16.00, for working time; 24-hour days, 1440 and 4320 minutes, for elapsed time) per service, with its standard; the on-standard share counts every request with a known outcome (macro standard_outcomes: an open request already past its standard is a miss), open_missed those open misses. Shares in percent points.
-- params: $date_from DATE, $date_to DATE (exclusive), $unit_id VARCHAR (NULL = all units), $service_ids VARCHAR[] (empty = all services), $channel VARCHAR (NULL = all channels), $measure VARCHAR ('working' or 'elapsed')
-- grain: one row per service with at least one completed request
-- columns: service_id, service_name, standard_minutes, n, p10_minutes, p25_minutes, median_minutes, p75_minutes, p90_minutes, mean_minutes, within_1h, within_1d, within_3d, n_with_standard, open_missed, on_standard_share

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
        quantile_cont(minutes, [0.1, 0.25, 0.5, 0.75, 0.9]) as q,
        avg(minutes) as mean_minutes,
        100.0 * avg((minutes <= 60)::integer) as within_1h,
        100.0 * avg((minutes <= case when $measure = 'working' then working_day_minutes() else 1440 end)::integer) as within_1d,
        100.0 * avg((minutes <= case when $measure = 'working' then 3 * working_day_minutes() else 4320 end)::integer) as within_3d
    from logs
    group by service_id
),

outcomes as (
    select
        service_id,
        count(meets_standard) as n_with_standard,
        count(*) filter (where is_open and not meets_standard) as open_missed,
        100.0 * avg(meets_standard::integer) as on_standard_share
    from standard_outcomes($date_from, $date_to, $unit_id, $service_ids, $channel)
    group by service_id
),

final as (
    select
        p.service_id,
        s.name as service_name,
        s.standard_minutes,
        p.n,
        p.q[1] as p10_minutes, p.q[2] as p25_minutes, p.q[3] as median_minutes,
        p.q[4] as p75_minutes, p.q[5] as p90_minutes, p.mean_minutes,
        p.within_1h, p.within_1d, p.within_3d,
        coalesce(o.n_with_standard, 0) as n_with_standard,
        coalesce(o.open_missed, 0) as open_missed,
        o.on_standard_share
    from per_service p
    join services s using (service_id)
    left join outcomes o using (service_id)
    order by s.name
)

select * from final
