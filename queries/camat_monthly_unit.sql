-- title: Monthly on-standard share per unit, up to the end of a semester
-- description: For every month from the first request up to the end of the chosen semester, per unit: completed requests with a standard and the share completed within it (working time), by the month the request was received.
-- params: $period VARCHAR, $unit_id VARCHAR (NULL = all units)
-- grain: one row per unit and month with completed requests
-- columns: unit_id, name, month, n, on_standard_pct

with logs as (
    select unit_id, month, n_with_standard, on_standard
    from log_months
    where month < period_end($period)
      and status = 'selesai'
      and n_with_standard > 0
      and ($unit_id is null or unit_id = $unit_id)
),

final as (
    select
        l.unit_id,
        u.name,
        l.month,
        sum(l.n_with_standard)::bigint as n,
        sum(l.on_standard) * 100.0 / sum(l.n_with_standard) as on_standard_pct
    from logs l
    join units u using (unit_id)
    group by all
    order by l.unit_id, l.month
)

select * from final
