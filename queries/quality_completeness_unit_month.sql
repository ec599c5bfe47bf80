-- title: Service-log completeness per unit and month
-- description: Requests received per unit and month, and how many are still open, lack a handler, a channel or a deadline.
-- params: $unit_id VARCHAR (NULL = all units)
-- grain: one row per unit and month received

with logs as (
    select unit_id, date_trunc('month', received_at)::date as month, completed_at, handled_by, channel, due_at
    from service_logs
    where $unit_id is null or unit_id = $unit_id
),

final as (
    select
        l.unit_id,
        u.name as unit_name,
        l.month,
        count(*) as requests,
        count(*) filter (where l.completed_at is null) as still_open,
        count(*) filter (where l.handled_by is null) as no_handler,
        count(*) filter (where l.channel is null) as no_channel,
        count(*) filter (where l.due_at is null) as no_due
    from logs l
    join units u using (unit_id)
    group by all
    order by l.month desc, l.unit_id
)

select * from final
