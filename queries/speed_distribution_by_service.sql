-- title: Distribution of processing time per service
-- description: For completed requests (status selesai) received in the period: n, p10, quartiles, median and p90 of working and elapsed minutes, the mean, the share finished within 1 hour, 1 day and 3 days (working days of the office hours for working time, 24-hour days for elapsed time) and the on-standard share, per service, with its standard. Shares in percent points.
-- params: $date_from DATE, $date_to DATE (exclusive), $unit_id VARCHAR (NULL = all units), $service_ids VARCHAR[] (empty = all services), $channel VARCHAR (NULL = all channels)
-- grain: one row per service with at least one completed request

with logs as (
    select service_id, working_minutes, elapsed_hours * 60 as elapsed_minutes, on_standard
    from completed_logs($date_from, $date_to, $unit_id, $service_ids, $channel)
),

per_service as (
    select
        service_id,
        count(*) as n,
        quantile_cont(working_minutes, [0.1, 0.25, 0.5, 0.75, 0.9]) as qw,
        quantile_cont(elapsed_minutes, [0.1, 0.25, 0.5, 0.75, 0.9]) as qe,
        avg(working_minutes) as mean_working,
        avg(elapsed_minutes) as mean_elapsed,
        100.0 * avg((working_minutes <= 60)::integer) as within_1h_working,
        100.0 * avg((working_minutes <= 480)::integer) as within_1d_working,
        100.0 * avg((working_minutes <= 1440)::integer) as within_3d_working,
        100.0 * avg((elapsed_minutes <= 60)::integer) as within_1h_elapsed,
        100.0 * avg((elapsed_minutes <= 1440)::integer) as within_1d_elapsed,
        100.0 * avg((elapsed_minutes <= 4320)::integer) as within_3d_elapsed,
        count(on_standard) as n_with_standard,
        100.0 * avg(on_standard::integer) as on_standard_share
    from logs
    group by service_id
),

final as (
    select
        p.service_id,
        s.name as service_name,
        s.standard_minutes,
        p.n,
        p.qw[1] as p10_working, p.qw[2] as p25_working, p.qw[3] as median_working,
        p.qw[4] as p75_working, p.qw[5] as p90_working, p.mean_working,
        p.qe[1] as p10_elapsed, p.qe[2] as p25_elapsed, p.qe[3] as median_elapsed,
        p.qe[4] as p75_elapsed, p.qe[5] as p90_elapsed, p.mean_elapsed,
        p.within_1h_working, p.within_1d_working, p.within_3d_working,
        p.within_1h_elapsed, p.within_1d_elapsed, p.within_3d_elapsed,
        p.n_with_standard,
        p.on_standard_share
    from per_service p
    join services s using (service_id)
    order by s.name
)

select * from final
