-- title: Processing speed headline, this period and the one before
-- description: Requests received and completed, median and p90 processing time (working and elapsed minutes), on-standard share, rework share and still-open requests, for the selected period and for the period of the same length just before it. Times count completed requests (status selesai) only; shares are in percent points.
-- params: $date_from DATE, $date_to DATE (exclusive), $prev_from DATE (start of the comparison period, which ends at $date_from), $unit_id VARCHAR (NULL = all units), $service_ids VARCHAR[] (empty = all services), $channel VARCHAR (NULL = all channels)
-- grain: two rows: span 'current' and span 'previous'

with logs as (
    select
        case when received_at >= $date_from then 'current' else 'previous' end as span,
        status,
        working_minutes,
        elapsed_hours * 60 as elapsed_minutes,
        on_standard,
        rework_count
    from service_logs_timed
    where received_at >= $prev_from and received_at < $date_to
      and ($unit_id is null or unit_id = $unit_id)
      and (coalesce(len($service_ids), 0) = 0 or list_contains($service_ids, service_id))
      and ($channel is null or channel = $channel)
),

spans as (
    select unnest(['current', 'previous']) as span
),

figures as (
    select
        span,
        count(*) as received,
        count(*) filter (where status = 'selesai') as completed,
        count(*) filter (where status = 'proses') as still_open,
        quantile_cont(working_minutes, 0.5) filter (where status = 'selesai') as median_working,
        quantile_cont(working_minutes, 0.9) filter (where status = 'selesai') as p90_working,
        quantile_cont(elapsed_minutes, 0.5) filter (where status = 'selesai') as median_elapsed,
        quantile_cont(elapsed_minutes, 0.9) filter (where status = 'selesai') as p90_elapsed,
        count(on_standard) filter (where status = 'selesai') as n_with_standard,
        100.0 * avg(on_standard::integer) filter (where status = 'selesai') as on_standard_share,
        100.0 * avg((rework_count > 0)::integer) filter (where status = 'selesai') as rework_share
    from logs
    group by span
),

final as (
    select
        w.span,
        coalesce(f.received, 0) as received,
        coalesce(f.completed, 0) as completed,
        coalesce(f.still_open, 0) as still_open,
        f.median_working, f.p90_working, f.median_elapsed, f.p90_elapsed,
        coalesce(f.n_with_standard, 0) as n_with_standard,
        f.on_standard_share,
        f.rework_share
    from spans w
    left join figures f using (span)
    order by w.span
)

select * from final
