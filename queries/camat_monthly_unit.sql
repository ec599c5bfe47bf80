-- title: Monthly on-standard share per unit, up to the end of a semester
-- description: For every month from the first request up to the end of the chosen semester, per unit: completed requests with a standard and the share completed within it (working time), by the month the request was received.
-- params: $period VARCHAR, $unit_id VARCHAR (NULL = all units)
-- grain: one row per unit and month with completed requests

with logs as (
    select unit_id, date_trunc('month', received_at)::date as month, on_standard
    from service_logs_timed
    where received_at < period_end($period)::timestamp
      and status = 'selesai'
      and on_standard is not null
      and ($unit_id is null or unit_id = $unit_id)
),

final as (
    select
        l.unit_id,
        u.name,
        l.month,
        count(*) as n,
        avg(l.on_standard::integer) * 100 as on_standard_pct
    from logs l
    join units u using (unit_id)
    group by all
    order by l.unit_id, l.month
)

select * from final
