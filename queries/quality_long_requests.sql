-- title: Unusually long requests
-- description: Completed requests whose elapsed time exceeds three times the 90th percentile of their service (services with at least 10 completed requests), longest first.
-- params: $unit_id VARCHAR (NULL = all units)
-- grain: one row per request (at most 200)
-- columns: request_id, unit_id, unit_name, service_name, received_at, elapsed_hours, p90_hours

with done as (
    select request_id, service_id, unit_id, received_at, elapsed_hours
    from service_logs_timed
    where status = 'selesai' and completed_at is not null
),

per_service as (
    select service_id, quantile_cont(elapsed_hours, 0.9) as p90_hours
    from done
    group by service_id
    having count(*) >= 10
),

final as (
    select d.request_id, d.unit_id, u.name as unit_name, s.name as service_name, d.received_at,
           d.elapsed_hours, p.p90_hours
    from done d
    join per_service p using (service_id)
    join units u on u.unit_id = d.unit_id
    join services s on s.service_id = d.service_id
    where d.elapsed_hours > 3 * p.p90_hours
      and ($unit_id is null or d.unit_id = $unit_id)
    order by d.elapsed_hours desc
    limit 200
)

select * from final
