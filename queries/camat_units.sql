-- title: Units compared in one semester (funnel limits, mix-adjusted share, speed, backlog, SKP, IKM)
-- description: SKP scores count only for ASN with at least one realisation in the semester (not yet evaluated otherwise). Per unit, for requests received in the semester and completed: volume, on-standard share with funnel limits around the overall share (normal approximation of the binomial, p +/- z*sqrt(p(1-p)/n), z = 1.96 for 95 % and 3.09 for 99.8 %, clipped to [0, 100]), the service-mix adjusted expected share (sum over services of the unit's n times the overall share of that service, divided by the unit's n), median and p90 working time, rework share, backlog at the semester's end and past its standard; the same speed and backlog figures for the previous semester; mean SKP score, share of Sangat Baik and Baik, IKM. Units with fewer than 20 requests are not ranked (funnel_flag 'too_few').
-- params: $period VARCHAR
-- grain: one row per unit (every unit in the store)

with bounds as (
    select
        period_start($period)::timestamp as start_ts,
        period_end($period)::timestamp as end_ts,
        case when substr($period, 7, 1) = '2' then substr($period, 1, 4) || '-S1'
             else cast(cast(substr($period, 1, 4) as integer) - 1 as varchar) || '-S2' end as prev_period
),

cutoffs as (
    select 'current' as which,
           least(end_ts, (select max(received_at) from service_logs)) as cutoff
    from bounds
    union all
    select 'previous', start_ts from bounds
),

logs as (
    select l.unit_id, l.service_id, l.on_standard, l.working_minutes, l.rework_count,
           l.received_at >= (select start_ts from bounds) as is_current
    from service_logs_timed l
    where l.received_at >= period_start((select prev_period from bounds))::timestamp
      and l.received_at < (select end_ts from bounds)
      and l.status = 'selesai'
),

unit_service as (
    select unit_id, service_id, count(on_standard) as n, count(*) filter (where on_standard) as k
    from logs
    where is_current
    group by all
),

service_share as (
    select service_id, sum(k) / sum(n) as p_service
    from unit_service
    where n > 0
    group by all
),

expected as (
    select us.unit_id, sum(us.n * ss.p_service) / sum(us.n) * 100 as expected_pct
    from unit_service us
    join service_share ss using (service_id)
    where us.n > 0
    group by all
),

overall as (
    select sum(k) / nullif(sum(n), 0) as p from unit_service
),

speed as (
    select
        unit_id,
        count(*) filter (where is_current) as completed,
        count(on_standard) filter (where is_current) as n_standard,
        count(*) filter (where is_current and on_standard) as k_standard,
        avg(on_standard::integer) filter (where is_current) * 100 as on_standard_pct,
        quantile_cont(working_minutes, [0.5, 0.9]) filter (where is_current) as q_minutes,
        avg((rework_count > 0)::integer) filter (where is_current) * 100 as rework_pct,
        count(*) filter (where not is_current) as prev_completed,
        avg(on_standard::integer) filter (where not is_current) * 100 as prev_on_standard_pct,
        median(working_minutes) filter (where not is_current) as prev_median_minutes
    from logs
    group by all
),

open_at_cutoff as (
    select
        c.which,
        l.unit_id,
        s.standard_minutes,
        working_minute_index(c.cutoff, cc.cum_minutes_before, cc.is_working, cc.open_minute, cc.close_minute)
        - working_minute_index(l.received_at, cr.cum_minutes_before, cr.is_working, cr.open_minute, cr.close_minute)
            as age_minutes
    from cutoffs c
    join service_logs l
        on l.received_at < c.cutoff
       and ((l.completed_at is null and l.status = 'proses') or l.completed_at > c.cutoff)
    join services s on s.service_id = l.service_id
    left join calendar_days cr on cr.day = cast(l.received_at as date)
    left join calendar_days cc on cc.day = cast(c.cutoff as date)
),

backlog as (
    select
        unit_id,
        count(*) filter (where which = 'current') as backlog,
        count(*) filter (where which = 'current' and age_minutes > standard_minutes) as backlog_past_standard,
        count(*) filter (where which = 'previous') as prev_backlog
    from open_at_cutoff
    group by all
),

skp as (
    select e.unit_id, avg(s.skp_score) as mean_skp, count(*) as employees_scored
    from skp_scores s
    join employee_period_units e on e.nip = s.nip and e.period = s.period
    semi join (select nip, period from skp_targets where realization_value is not null) r
        on r.nip = s.nip and r.period = s.period
    where s.period = $period
    group by all
),

predikat as (
    select
        e.unit_id,
        count(*) as appraised,
        avg((a.predikat in ('Sangat Baik', 'Baik'))::integer) * 100 as sb_b_pct
    from appraisal_predikat a
    join employee_period_units e on e.nip = a.nip and e.period = a.period
    where a.period = $period
    group by all
),

ikm as (
    select unit_id, respondents, ikm, mutu
    from ikm_by_unit_period
    where period = $period
),

final as (
    select
        u.unit_id,
        u.name,
        u.kind,
        coalesce(sp.completed, 0) as completed,
        coalesce(sp.n_standard, 0) as n_standard,
        coalesce(sp.k_standard, 0) as k_standard,
        sp.on_standard_pct,
        ex.expected_pct,
        sp.on_standard_pct - ex.expected_pct as adjusted_diff_pct,
        o.p * 100 as overall_pct,
        greatest(0, o.p - 1.96 * sqrt(o.p * (1 - o.p) / sp.n_standard)) * 100 as lower95_pct,
        least(1, o.p + 1.96 * sqrt(o.p * (1 - o.p) / sp.n_standard)) * 100 as upper95_pct,
        greatest(0, o.p - 3.09 * sqrt(o.p * (1 - o.p) / sp.n_standard)) * 100 as lower998_pct,
        least(1, o.p + 3.09 * sqrt(o.p * (1 - o.p) / sp.n_standard)) * 100 as upper998_pct,
        case
            when coalesce(sp.n_standard, 0) = 0 then 'no_data'
            when sp.n_standard < 20 then 'too_few'
            when sp.k_standard / sp.n_standard > least(1, o.p + 3.09 * sqrt(o.p * (1 - o.p) / sp.n_standard))
                then 'above_998'
            when sp.k_standard / sp.n_standard > least(1, o.p + 1.96 * sqrt(o.p * (1 - o.p) / sp.n_standard))
                then 'above_95'
            when sp.k_standard / sp.n_standard < greatest(0, o.p - 3.09 * sqrt(o.p * (1 - o.p) / sp.n_standard))
                then 'below_998'
            when sp.k_standard / sp.n_standard < greatest(0, o.p - 1.96 * sqrt(o.p * (1 - o.p) / sp.n_standard))
                then 'below_95'
            else 'within'
        end as funnel_flag,
        sp.q_minutes[1] as median_minutes,
        sp.q_minutes[2] as p90_minutes,
        sp.rework_pct,
        coalesce(sp.prev_completed, 0) as prev_completed,
        sp.prev_on_standard_pct,
        sp.prev_median_minutes,
        coalesce(bl.backlog, 0) as backlog,
        coalesce(bl.backlog_past_standard, 0) as backlog_past_standard,
        coalesce(bl.prev_backlog, 0) as prev_backlog,
        sk.mean_skp,
        kategori_capaian(sk.mean_skp) as kategori,
        coalesce(sk.employees_scored, 0) as employees_scored,
        coalesce(pr.appraised, 0) as appraised,
        pr.sb_b_pct,
        coalesce(ik.respondents, 0) as respondents,
        ik.ikm,
        ik.mutu
    from units u
    cross join overall o
    left join speed sp using (unit_id)
    left join expected ex using (unit_id)
    left join backlog bl using (unit_id)
    left join skp sk using (unit_id)
    left join predikat pr using (unit_id)
    left join ikm ik using (unit_id)
    order by case u.kind when 'kecamatan' then 1 when 'sekretariat' then 2 when 'seksi' then 3 else 4 end, u.unit_id
)

select * from final
