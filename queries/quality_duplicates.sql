-- title: Possible duplicate requests
-- description: Groups of requests with the same service, unit and time received but different request numbers.
-- params: $unit_id VARCHAR (NULL = all units)
-- grain: one row per group of look-alike requests (at most 200)
-- columns: unit_id, unit_name, service_name, received_at, requests, request_ids

-- The look-alike keys are kept by the importer in log_duplicate_keys (grouping every log here
-- took about 2 s at 10 million logs); request numbers are gathered only for the 200 shown.
with keys as (
    select service_id, unit_id, received_at, requests
    from log_duplicate_keys
    where $unit_id is null or unit_id = $unit_id
    order by requests desc, received_at desc
    limit 200
),

groups as (
    select k.service_id, k.unit_id, k.received_at, k.requests,
           string_agg(l.request_id, ', ' order by l.request_id) as request_ids
    from keys k
    join service_logs l using (service_id, unit_id, received_at)
    group by all
),

final as (
    select g.unit_id, u.name as unit_name, s.name as service_name, g.received_at, g.requests, g.request_ids
    from groups g
    join units u using (unit_id)
    join services s using (service_id)
    order by g.requests desc, g.received_at desc
)

select * from final
