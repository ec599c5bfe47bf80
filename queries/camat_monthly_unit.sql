-- title: Monthly on-standard share per unit, up to the end of a semester
-- description: For every month from the first request up to the end of the chosen semester, per unit, by the month the request was received: the requests with a known outcome against their standard (the rule of macro standard_outcomes: completed, or still open and already past the standard, a miss; open requests still within it are left out), n, and the share within the standard (working time); open_missed = the open misses among them. The completed requests' outcomes are read from the derived table log_months (n_with_standard, on_standard: working minutes at most the standard, counted per month), the open ones' from the macro, so the whole history is not read again.
-- params: $period VARCHAR, $unit_id VARCHAR (NULL = all units)
-- grain: one row per unit and month with a request with a known outcome
-- columns: unit_id, name, month, n, open_missed, on_standard_pct

with completed as (
    select unit_id, month, sum(n_with_standard) as n, sum(on_standard) as k, 0 as open_missed
    from log_months
    where month < period_end($period)
      and status = 'selesai'
      and n_with_standard > 0
      and ($unit_id is null or unit_id = $unit_id)
    group by all
),

still_open as (
    select
        unit_id,
        date_trunc('month', received_at)::date as month,
        count(meets_standard) as n,
        count(*) filter (where meets_standard) as k,
        count(meets_standard) as open_missed
    from standard_outcomes(timestamp '-infinity', period_end($period)::timestamp, $unit_id, [], null)
    where is_open and meets_standard is not null
    group by all
),

final as (
    select
        o.unit_id,
        u.name,
        o.month,
        sum(o.n)::bigint as n,
        sum(o.open_missed)::bigint as open_missed,
        sum(o.k) * 100.0 / sum(o.n) as on_standard_pct
    from (from completed union all by name from still_open) o
    join units u using (unit_id)
    group by all
    order by o.unit_id, o.month
)

select * from final
