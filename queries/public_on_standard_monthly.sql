-- title: Public slides: on-standard share per month, fixed service mix
-- description: For each month from $date_from up to (not including) $date_to, the completed requests (status selesai) of services with a standard: n, the plain on-standard share and the share with one fixed service mix (each service weighted by its share of all such requests over the whole range), so a change in the mix of services is not shown as a change in speed. Percent points. Public: no names, no individual figure; the page suppresses months with n below 10.
-- params: $date_from DATE, $date_to DATE
-- grain: one row per month with a completed request

with logs as (
    select date_trunc('month', received_at)::date as month, service_id, on_standard
    from service_logs_timed
    where received_at >= $date_from
      and received_at < $date_to
      and status = 'selesai'
      and on_standard is not null
),

per_service_month as (
    select month, service_id, count(*) as n, avg(on_standard::integer) as share
    from logs
    group by all
),

weights as (
    select service_id, sum(n) / (select sum(n) from per_service_month) as weight
    from per_service_month
    group by all
),

final as (
    select
        m.month,
        sum(m.n)::bigint as n_with_standard,
        100.0 * sum(m.share * m.n) / sum(m.n) as on_standard_share,
        100.0 * sum(m.share * w.weight) / sum(w.weight) as on_standard_share_fixed_mix
    from per_service_month m
    join weights w using (service_id)
    group by m.month
    order by m.month
)

select * from final
