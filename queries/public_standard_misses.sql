-- title: Public slides: services that miss their standard most often
-- description: For each service with a standard, the requests received from $date_from up to (not including) $date_to with a known outcome (macro standard_outcomes: completed, or still open and already past the standard, a miss): n, the share over the standard and the share within it (percent points), the open misses among them, and the median working minutes of the completed ones against the standard. Ordered by the share over the standard, largest first. The page suppresses services with n below 10.
-- params: $date_from DATE, $date_to DATE
-- grain: one row per service with a standard and a known outcome in the range
-- columns: service_id, service_name, standard_minutes, n, n_open_missed, over_standard_share, on_standard_share, median_working

with outcomes as (
    select service_id, is_open, meets_standard
    from standard_outcomes($date_from, $date_to, null, [], null)
    where meets_standard is not null
),

times as (
    select service_id, quantile_cont(working_minutes, 0.5) as median_working
    from completed_logs($date_from, $date_to, null, [], null)
    where on_standard is not null
    group by all
),

final as (
    select
        o.service_id,
        s.name as service_name,
        s.standard_minutes,
        count(*) as n,
        count(*) filter (where o.is_open) as n_open_missed,
        100.0 * avg((not o.meets_standard)::integer) as over_standard_share,
        100.0 * avg(o.meets_standard::integer) as on_standard_share,
        any_value(t.median_working) as median_working
    from outcomes o
    join services s using (service_id)
    left join times t using (service_id)
    group by all
)

select * from final
order by over_standard_share desc, service_name
