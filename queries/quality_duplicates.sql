-- title: Possible duplicate requests
-- description: Groups of requests with the same service, unit and time received but different request numbers.
-- params: $unit_id VARCHAR (NULL = all units)
-- grain: one row per group of look-alike requests (at most 200)

with groups as (
    select service_id, unit_id, received_at, count(*) as requests,
           string_agg(request_id, ', ' order by request_id) as request_ids
    from service_logs
    where $unit_id is null or unit_id = $unit_id
    group by all
    having count(*) > 1
),

final as (
    select g.unit_id, u.name as unit_name, s.name as service_name, g.received_at, g.requests, g.request_ids
    from groups g
    join units u using (unit_id)
    join services s using (service_id)
    order by g.requests desc, g.received_at desc
    limit 200
)

select * from final
