-- title: Public slides: services that miss their standard most often
-- description: For each service with a standard, the completed requests (status selesai) received from $date_from up to (not including) $date_to: n, the share over the standard and the share within it (percent points), and the median working minutes against the standard. Ordered by the share over the standard, largest first. The page suppresses services with n below 10.
-- params: $date_from DATE, $date_to DATE
-- grain: one row per service with a standard and a completed request in the range

with logs as (
    select service_id, on_standard, working_minutes
    from service_logs_timed
    where received_at >= $date_from
      and received_at < $date_to
      and status = 'selesai'
      and on_standard is not null
),

final as (
    select
        l.service_id,
        s.name as service_name,
        s.standard_minutes,
        count(*) as n,
        100.0 * avg((not l.on_standard)::integer) as over_standard_share,
        100.0 * avg(l.on_standard::integer) as on_standard_share,
        quantile_cont(l.working_minutes, 0.5) as median_working
    from logs l
    join services s using (service_id)
    group by all
)

select * from final
order by over_standard_share desc, service_name
