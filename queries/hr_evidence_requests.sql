-- title: The requests behind a computed SKP realisation (evidence)
-- description: The requests counted for one linked SKP target, selected exactly as queries/skp_metric_realization.sql selects them: handled by the target's employee, received in its semester, status 'selesai', of its source_service_id when set. With service name, times and the two checks (within the standard, rework).
-- params: $nip VARCHAR, $target_id VARCHAR
-- grain: one row per request

with target as (
    select nip, period, source_service_id
    from skp_targets
    where target_id = $target_id and nip = $nip and source_metric is not null
),

final as (
    select
        l.request_id,
        l.service_id,
        s.name as service_name,
        l.channel,
        l.received_at,
        l.completed_at,
        l.working_minutes,
        l.standard_minutes,
        l.on_standard,
        l.rework_count
    from service_logs_timed l
    join target t
        on l.handled_by = t.nip
       and l.period = t.period
       and (t.source_service_id is null or l.service_id = t.source_service_id)
    join services s on s.service_id = l.service_id
    where l.status = 'selesai'
)

select * from final order by received_at, request_id
