-- title: Services handled by one employee beside their peers, per semester
-- description: Per semester (by date received) the requests the employee completed (status 'selesai'): volume, median and 90th percentile working time (minutes) and share with rework (rework_count > 0); and the share within the service standard of the n_standard requests the employee handles with a known outcome (macro standard_outcomes: completed, or still open and already past the standard, a miss, counted for the officer who has it, handled_by; open requests still within it are left out). Beside each, the median of the same figure over the peers: other employees of the same position kind posted in the same unit in that semester (employee_period_units) who completed a request or have one with a known outcome in that semester; peer_n is the size of that group. The pages show no comparison when peer_n < 5 (dashboard.pegawai.hr.MIN_PEERS). The share within the standard is also compared allowing for the services handled (indirect standardisation): over the employee's requests of services for which the peers also have requests with a known outcome in that semester (compared_n, compared_pct), peer_expected_pct is the peers' pooled share per service weighted by the employee's volume per service; compared_diff_low_pct and compared_diff_high_pct bound the difference compared_pct - peer_expected_pct by the Wilson 95 % interval of the employee's share (normal quantile $z95).
-- params: $nip VARCHAR, $z95 DOUBLE
-- grain: one row per semester in which the employee completed a request or has one with a known outcome
-- columns: period, volume, median_minutes, p90_minutes, n_standard, on_standard_pct, rework_pct, peer_n, peer_volume, peer_median_minutes, peer_p90_minutes, peer_on_standard_pct, peer_rework_pct, compared_n, compared_pct, peer_expected_pct, compared_diff_low_pct, compared_diff_high_pct

with person as (
    select nip, position_kind from employees where nip = $nip
),

-- per semester, the employees of the unit the person was posted to then (employee_period_units)
group_members as (
    select e.nip, pu.period, e.nip = p.nip as is_self
    from employees e
    join person p on e.position_kind = p.position_kind
    join employee_period_units pu on pu.nip = e.nip
    join employee_period_units mine on mine.nip = p.nip and mine.period = pu.period and mine.unit_id = pu.unit_id
),

-- the group's requests with a known outcome against the standard, for the handler (an open miss
-- counts for the officer who has it) and the semester received
outcomes as (
    select o.handled_by as nip, period_of(o.received_at) as period, o.service_id, o.meets_standard
    from standard_outcomes(timestamp '-infinity', timestamp 'infinity', null, [], null) o
    semi join group_members g on g.nip = o.handled_by and g.period = period_of(o.received_at)
    where o.meets_standard is not null
),

times as (
    select
        l.handled_by as nip,
        l.period,
        count(*) as volume,
        median(l.working_minutes) as median_minutes,
        quantile_cont(l.working_minutes, 0.9) as p90_minutes,
        100.0 * count(*) filter (where l.rework_count > 0) / count(*) as rework_pct
    from service_logs_timed l
    semi join group_members g on g.nip = l.handled_by and g.period = l.period
    where l.status = 'selesai'
    group by all
),

shares as (
    select nip, period, count(*) as n_standard, 100.0 * avg(meets_standard::integer) as on_standard_pct
    from outcomes
    group by all
),

per_employee as (
    select
        nip,
        period,
        coalesce(t.volume, 0) as volume,
        t.median_minutes,
        t.p90_minutes,
        coalesce(s.n_standard, 0) as n_standard,
        s.on_standard_pct,
        t.rework_pct
    from times t
    full join shares s using (nip, period)
),

peers as (
    select
        x.period,
        count(*) as peer_n,
        median(x.volume) as peer_volume,
        median(x.median_minutes) as peer_median_minutes,
        median(x.p90_minutes) as peer_p90_minutes,
        median(x.on_standard_pct) as peer_on_standard_pct,
        median(x.rework_pct) as peer_rework_pct
    from per_employee x
    join group_members g on g.nip = x.nip and g.period = x.period and not g.is_self
    group by x.period
),

-- the peers' pooled share within the standard per service, and the employee's requests of those services
peer_service as (
    select o.period, o.service_id, count(*) as n, count(*) filter (where o.meets_standard) as k
    from outcomes o
    join group_members g on g.nip = o.nip and g.period = o.period and not g.is_self
    group by all
),

self_service as (
    select period, service_id, count(*) as n, count(*) filter (where meets_standard) as k
    from outcomes
    where nip = $nip
    group by all
),

mix as (
    select
        s.period,
        sum(s.n)::bigint as compared_n,
        sum(s.k)::bigint as compared_k,
        sum(s.n * p.k / p.n) / sum(s.n) as expected
    from self_service s
    join peer_service p using (period, service_id)
    group by all
),

final as (
    select
        s.period,
        s.volume,
        s.median_minutes,
        s.p90_minutes,
        s.n_standard,
        s.on_standard_pct,
        s.rework_pct,
        coalesce(p.peer_n, 0) as peer_n,
        p.peer_volume,
        p.peer_median_minutes,
        p.peer_p90_minutes,
        p.peer_on_standard_pct,
        p.peer_rework_pct,
        coalesce(m.compared_n, 0) as compared_n,
        100.0 * m.compared_k / m.compared_n as compared_pct,
        100.0 * m.expected as peer_expected_pct,
        100.0 * (wilson_low(m.compared_k, m.compared_n, $z95, 1.0) - m.expected) as compared_diff_low_pct,
        100.0 * (wilson_high(m.compared_k, m.compared_n, $z95, 1.0) - m.expected) as compared_diff_high_pct
    from per_employee s
    left join peers p using (period)
    left join mix m using (period)
    where s.nip = $nip
)

select * from final order by period
