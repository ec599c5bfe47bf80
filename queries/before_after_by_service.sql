-- title: Before and after a policy event, per service
-- description: For each service, the requests received in the $window_months months before the event date and in the $window_months months from it (months counted from the event date itself, DuckDB interval arithmetic: 31 Mar minus one month is 28/29 Feb). Times count completed requests (status selesai): n on each side, median and p90 of working and elapsed minutes. The on-standard share (percent points) counts every request with a known outcome (macro standard_outcomes): open requests already past their standard are misses. Also per side: requests received (selesai or proses, the fixed-mix weight), still open, open and already over the standard; window_before_from, window_after_to: the dates used; data_end: the last time recorded in the store, so a window that reaches past it is still running. Shared by Kecepatan Layanan and the public slides; pair it with before_after_samples for confidence intervals and with dashboard.speed.before_after for the fixed-mix overall change.
-- params: $event_date DATE, $window_months INTEGER, $unit_id VARCHAR (NULL = all units), $channel VARCHAR (NULL = all channels)
-- grain: one row per service with a completed or open request on either side
-- columns: service_id, service_name, standard_minutes, n_before, n_after, median_working_before, median_working_after, p90_working_before, p90_working_after, median_elapsed_before, median_elapsed_after, p90_elapsed_before, p90_elapsed_after, n_with_standard_before, n_with_standard_after, on_standard_before, on_standard_after, n_received_before, n_received_after, n_open_before, n_open_after, n_open_missed_before, n_open_missed_after, window_before_from, window_after_to, data_end

with bounds as (
    select
        ($event_date - to_months($window_months))::date as window_before_from,
        ($event_date + to_months($window_months))::date as window_after_to,
        (select ts from logs_as_of()) as data_end
),

logs as (
    select
        service_id,
        case when received_at < $event_date then 'before' else 'after' end as side,
        working_minutes,
        elapsed_hours * 60 as elapsed_minutes
    from completed_logs(
        $event_date - to_months($window_months), $event_date + to_months($window_months), $unit_id, [], $channel
    )
),

outcomes as (
    select
        service_id,
        case when received_at < $event_date then 'before' else 'after' end as side,
        count(*) as n_received,
        count(*) filter (where is_open) as n_open,
        count(*) filter (where is_open and not meets_standard) as n_open_missed,
        count(meets_standard) as n_with_standard,
        100.0 * avg(meets_standard::integer) as on_standard
    from standard_outcomes(
        $event_date - to_months($window_months), $event_date + to_months($window_months), $unit_id, [], $channel
    )
    group by all
),

-- each side's quantiles as lists, one sort per measure and side, then one row per service
-- (eight filtered quantile aggregates took three times as long at 10 million logs)
times as (
    select
        service_id,
        side,
        count(*) as n,
        quantile_cont(working_minutes, [0.5, 0.9]) as qw,
        quantile_cont(elapsed_minutes, [0.5, 0.9]) as qe
    from logs
    group by service_id, side
),

per_side as (
    select o.*, t.n, t.qw, t.qe
    from outcomes o
    left join times t using (service_id, side)
),

per_service as (
    select
        service_id,
        coalesce(any_value(n) filter (where side = 'before'), 0) as n_before,
        coalesce(any_value(n) filter (where side = 'after'), 0) as n_after,
        any_value(qw[1]) filter (where side = 'before') as median_working_before,
        any_value(qw[1]) filter (where side = 'after') as median_working_after,
        any_value(qw[2]) filter (where side = 'before') as p90_working_before,
        any_value(qw[2]) filter (where side = 'after') as p90_working_after,
        any_value(qe[1]) filter (where side = 'before') as median_elapsed_before,
        any_value(qe[1]) filter (where side = 'after') as median_elapsed_after,
        any_value(qe[2]) filter (where side = 'before') as p90_elapsed_before,
        any_value(qe[2]) filter (where side = 'after') as p90_elapsed_after,
        coalesce(any_value(n_with_standard) filter (where side = 'before'), 0) as n_with_standard_before,
        coalesce(any_value(n_with_standard) filter (where side = 'after'), 0) as n_with_standard_after,
        any_value(on_standard) filter (where side = 'before') as on_standard_before,
        any_value(on_standard) filter (where side = 'after') as on_standard_after,
        coalesce(any_value(n_received) filter (where side = 'before'), 0) as n_received_before,
        coalesce(any_value(n_received) filter (where side = 'after'), 0) as n_received_after,
        coalesce(any_value(n_open) filter (where side = 'before'), 0) as n_open_before,
        coalesce(any_value(n_open) filter (where side = 'after'), 0) as n_open_after,
        coalesce(any_value(n_open_missed) filter (where side = 'before'), 0) as n_open_missed_before,
        coalesce(any_value(n_open_missed) filter (where side = 'after'), 0) as n_open_missed_after
    from per_side
    group by service_id
),

final as (
    select
        p.service_id,
        s.name as service_name,
        s.standard_minutes,
        p.* exclude (service_id),
        b.window_before_from,
        b.window_after_to,
        b.data_end
    from per_service p
    join services s using (service_id)
    cross join bounds b
    order by s.name
)

select * from final
