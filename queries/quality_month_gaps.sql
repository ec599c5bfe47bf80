-- title: Months without data per unit
-- description: Months between the first and the last month of the whole service log in which a unit that has logs recorded no request at all.
-- params: $unit_id VARCHAR (NULL = all units)
-- grain: one row per unit with at least one empty month
-- columns: unit_id, unit_name, months_missing, months

with bounds as (
    select min(month) as first_month, max(month) as last_month
    from log_months
),

months as (
    select unnest(generate_series(first_month, last_month, interval 1 month))::date as month from bounds
),

seen as (
    select distinct unit_id, month
    from log_months
    where $unit_id is null or unit_id = $unit_id
),

active_units as (
    select distinct unit_id from seen
),

missing as (
    select a.unit_id, m.month
    from active_units a
    cross join months m
    anti join seen s on s.unit_id = a.unit_id and s.month = m.month
),

final as (
    select m.unit_id, u.name as unit_name, count(*) as months_missing,
           list(m.month order by m.month) as months
    from missing m
    join units u using (unit_id)
    group by all
    order by months_missing desc, m.unit_id
)

select * from final
