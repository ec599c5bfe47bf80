-- title: Public figures: share within the standard with one fixed service mix
-- description: The one fixed-mix definition of every public "sesuai standar" figure. Requests received from $date_from up to (not including) $date_to with a known outcome (macro standard_outcomes: completed, or still open and already past the standard, a miss), per month received when $by_month, else as one row for the whole range (month = $date_from). Each service's own share is weighted by the fixed mix: its share of the requests received (selesai or proses) from $mix_from up to $mix_to (the months before the policy), renormalised over the services present, so a change in the mix of services is not shown as a change in speed. Also the plain share, n and the open misses. Percent points. Public: no names, no individual figure; the page suppresses rows with n below 10.
-- params: $date_from DATE, $date_to DATE, $mix_from DATE, $mix_to DATE, $by_month BOOLEAN
-- grain: one row per month with a known outcome ($by_month), else at most one row
-- columns: month, n_with_standard, n_open_missed, on_standard_share, on_standard_share_fixed_mix

with mix as (
    select service_id, count(*)::double as requests
    from standard_outcomes($mix_from, $mix_to, null, [], null)
    group by all
),

outcomes as (
    select
        case when $by_month then date_trunc('month', received_at)::date else $date_from::date end as month,
        service_id,
        is_open,
        meets_standard
    from standard_outcomes($date_from, $date_to, null, [], null)
    where meets_standard is not null
),

per_service as (
    select
        month,
        service_id,
        count(*) as n,
        count(*) filter (where is_open) as n_open_missed,
        avg(meets_standard::integer) as share
    from outcomes
    group by all
),

final as (
    select
        p.month,
        sum(p.n)::bigint as n_with_standard,
        sum(p.n_open_missed)::bigint as n_open_missed,
        100.0 * sum(p.share * p.n) / sum(p.n) as on_standard_share,
        100.0 * sum(p.share * m.requests) / nullif(sum(m.requests), 0) as on_standard_share_fixed_mix
    from per_service p
    left join mix m using (service_id)
    group by p.month
    order by p.month
)

select * from final
