-- title: Service-log completeness per unit and month
-- description: Requests received per unit and month, and how many are still open, lack a handler, a channel or a deadline.
-- params: $unit_id VARCHAR (NULL = all units)
-- grain: one row per unit and month received
-- columns: unit_id, unit_name, month, requests, still_open, no_handler, no_channel, no_due

with logs as (
    select *
    from log_months
    where $unit_id is null or unit_id = $unit_id
),

final as (
    select
        l.unit_id,
        u.name as unit_name,
        l.month,
        sum(l.requests)::bigint as requests,
        sum(l.not_completed)::bigint as still_open,
        sum(l.no_handler)::bigint as no_handler,
        coalesce(sum(l.requests) filter (where l.channel is null), 0)::bigint as no_channel,
        sum(l.no_due)::bigint as no_due
    from logs l
    join units u using (unit_id)
    group by all
    order by l.month desc, l.unit_id
)

select * from final
