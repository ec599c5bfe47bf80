-- title: The requests behind a computed SKP realisation (evidence)
-- description: The requests counted for one linked SKP target, selected by the schema macro skp_target_requests exactly as queries/skp_metric_realization.sql counts them: handled by the target's employee, completed (status 'selesai') in its semester, of its source_service_id (or, without one, of the services no other target of the same metric names); for persen_sesuai_standar also the requests still open and already past their standard (is_open, completed_at NULL, working_minutes so far), counted as misses in the semester they went past it, and a late request in that semester. With service name, times and the two checks (on_standard: within the standard, the outcome of macro standard_outcomes; rework).
-- params: $nip VARCHAR, $target_id VARCHAR
-- grain: one row per request
-- columns: request_id, service_id, service_name, channel, received_at, completed_at, is_open, working_minutes, standard_minutes, on_standard, rework_count

with final as (
    select
        r.request_id,
        r.service_id,
        s.name as service_name,
        r.channel,
        r.received_at,
        r.completed_at,
        r.is_open,
        r.working_minutes,
        r.standard_minutes,
        r.meets_standard as on_standard,
        r.rework_count
    from skp_target_requests($nip) r
    join services s on s.service_id = r.service_id
    where r.target_id = $target_id
)

select * from final order by received_at, request_id
