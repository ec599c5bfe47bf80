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

per_service as (
    select
        service_id,
        count(*) filter (where side = 'before') as n_before,
        count(*) filter (where side = 'after') as n_after,
        quantile_cont(working_minutes, 0.5) filter (where side = 'before') as median_working_before,
        quantile_cont(working_minutes, 0.5) filter (where side = 'after') as median_working_after,
        quantile_cont(working_minutes, 0.9) filter (where side = 'before') as p90_working_before,
        quantile_cont(working_minutes, 0.9) filter (where side = 'after') as p90_working_after,
        quantile_cont(elapsed_minutes, 0.5) filter (where side = 'before') as median_elapsed_before,
        quantile_cont(elapsed_minutes, 0.5) filter (where side = 'after') as median_elapsed_after,
        quantile_cont(elapsed_minutes, 0.9) filter (where side = 'before') as p90_elapsed_before,
        quantile_cont(elapsed_minutes, 0.9) filter (where side = 'after') as p90_elapsed_after,
        count(on_standard) filter (where side = 'before') as n_with_standard_before,
        count(on_standard) filter (where side = 'after') as n_with_standard_after,
        100.0 * avg(on_standard::integer) filter (where side = 'before') as on_standard_before,
        100.0 * avg(on_standard::integer) filter (where side = 'after') as on_standard_after
    from logs
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
