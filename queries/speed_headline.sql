-- title: Processing speed headline, this period and the one before
-- description: Requests received and completed, median and p90 processing time in minutes of the chosen measure ($measure 'working': working minutes; 'elapsed': elapsed minutes; anything else raises), on-standard share, rework share and still-open requests (with those already past their standard), for the selected period and for the period of the same length just before it. Times count completed requests (status selesai) only; the on-standard share counts every request with a known outcome (macro standard_outcomes: an open request already past its standard is a miss); shares are in percent points.
-- params: $date_from DATE, $date_to DATE (exclusive), $prev_from DATE (start of the comparison period, which ends at $date_from), $unit_id VARCHAR (NULL = all units), $service_ids VARCHAR[] (empty = all services), $channel VARCHAR (NULL = all channels), $measure VARCHAR ('working' or 'elapsed')
-- grain: two rows: span 'current' and span 'previous'; data_end (the last time recorded in the store, the same on both) says whether the current period is still running
-- columns: span, received, completed, still_open, median_minutes, p90_minutes, n_with_standard, open_missed, on_standard_share, rework_share, data_end

with logs as (
    select
        case when received_at >= $date_from then 'current' else 'previous' end as span,
        status,
        measure_minutes($measure, working_minutes, elapsed_hours) as minutes,
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

received as (
    select span, count(*) as received, count(*) filter (where status = 'proses') as still_open
    from logs
    group by span
),

-- Times of completed requests only, the chosen measure's two quantiles as one list in one pass
-- (a quarter faster at 10M logs than two separate quantile aggregates).
completed as (
    select
        span,
        count(*) as completed,
        quantile_cont(minutes, [0.5, 0.9]) as q,
        100.0 * avg((rework_count > 0)::integer) as rework_share
    from logs
    where status = 'selesai'
    group by span
),

outcomes as (
    select
        case when received_at >= $date_from then 'current' else 'previous' end as span,
        count(meets_standard) as n_with_standard,
        count(*) filter (where is_open and not meets_standard) as open_missed,
        100.0 * avg(meets_standard::integer) as on_standard_share
    from standard_outcomes($prev_from, $date_to, $unit_id, $service_ids, $channel)
    group by span
),

final as (
    select
        w.span,
        coalesce(r.received, 0) as received,
        coalesce(c.completed, 0) as completed,
        coalesce(r.still_open, 0) as still_open,
        c.q[1] as median_minutes, c.q[2] as p90_minutes,
        coalesce(o.n_with_standard, 0) as n_with_standard,
        coalesce(o.open_missed, 0) as open_missed,
        o.on_standard_share,
        c.rework_share,
        (select ts from logs_as_of()) as data_end
    from spans w
    left join received r using (span)
    left join completed c using (span)
    left join outcomes o using (span)
    order by w.span
)

select * from final
