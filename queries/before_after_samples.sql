-- title: Before and after a policy event: per-service duration samples for the bootstrap
-- description: For each service and side ('before', 'after') of the event, the working and elapsed minutes of at most $cap completed requests (status selesai), as two lists, and the day each was received (days: days since 1 Jan 1970), the block of the block bootstrap: requests of one day share the officers, the queue and the weather, so they are not independent. When a side has more requests, a deterministic pseudo-random sample is kept (the $cap smallest hash(request_id, $seed)), so the same store and seed give the same sample. Only these small lists reach Python, where dashboard.speed.logic.before_after resamples them by day (block bootstrap).
-- params: $event_date DATE, $window_months INTEGER, $unit_id VARCHAR (NULL = all units), $channel VARCHAR (NULL = all channels), $cap INTEGER, $seed INTEGER
-- grain: one row per service and side
-- columns: service_id, side, n, working_minutes, elapsed_minutes, days

with logs as (
    select
        service_id,
        case when received_at < $event_date then 'before' else 'after' end as side,
        request_id,
        date_diff('day', date '1970-01-01', received_at::date) as day,
        working_minutes,
        elapsed_hours * 60 as elapsed_minutes
    from completed_logs(
        $event_date - to_months($window_months), $event_date + to_months($window_months), $unit_id, [], $channel
    )
),

final as (
    select
        service_id,
        side,
        count(*) as n,
        min_by({'w': working_minutes, 'e': elapsed_minutes, 'd': day}, hash(request_id, $seed), $cap) as sample
    from logs
    group by service_id, side
    order by service_id, side
)

select service_id, side, n,
    list_transform(sample, lambda x: x.w) as working_minutes,
    list_transform(sample, lambda x: x.e) as elapsed_minutes,
    list_transform(sample, lambda x: x.d) as days
from final
