-- title: Before and after a policy event, per service
-- description: For each service, completed requests (status selesai) received in the $window_months months before the event date and in the $window_months months from it: n on each side, median and p90 of working and elapsed minutes, and the on-standard share (percent points). Shared by Kecepatan Layanan and the public slides; pair it with before_after_samples for confidence intervals and with dashboard.speed.before_after for the fixed-mix overall change.
-- params: $event_date DATE, $window_months INTEGER, $unit_id VARCHAR (NULL = all units), $channel VARCHAR (NULL = all channels)
-- grain: one row per service with a completed request on either side

with logs as (
    select
        service_id,
        case when received_at < $event_date then 'before' else 'after' end as side,
        working_minutes,
        elapsed_hours * 60 as elapsed_minutes,
        on_standard
    from completed_logs(
        $event_date - to_months($window_months), $event_date + to_months($window_months), $unit_id, [], $channel
    )
),

-- each side's quantiles as lists, one sort per measure and side, then one row per service
-- (eight filtered quantile aggregates took three times as long at 10 million logs)
per_side as (
    select
        service_id,
        side,
        count(*) as n,
        quantile_cont(working_minutes, [0.5, 0.9]) as qw,
        quantile_cont(elapsed_minutes, [0.5, 0.9]) as qe,
        count(on_standard) as n_with_standard,
        100.0 * avg(on_standard::integer) as on_standard
    from logs
    group by service_id, side
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
        any_value(on_standard) filter (where side = 'after') as on_standard_after
    from per_side
    group by service_id
),

final as (
    select
        p.service_id,
        s.name as service_name,
        s.standard_minutes,
        p.* exclude (service_id)
    from per_service p
    join services s using (service_id)
    order by s.name
)

select * from final
