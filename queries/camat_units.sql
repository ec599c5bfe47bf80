-- title: Units compared in one semester (mix-adjusted funnel, difference from the expected share, speed, backlog, SKP, IKM)
-- description: SKP scores count only for ASN with at least one realisation in the semester (not yet evaluated otherwise). Per unit, for requests received in the semester: completed volume, crude on-standard share, and a comparison that allows for the services each unit handles (indirect standardisation). Every on-standard share (n_standard, k_standard, on_standard_pct, the kecamatan's per-service shares, n_compared, k_compared, prev_on_standard_pct) counts the requests with a known outcome (macro standard_outcomes): completed ones, and open ones already past their standard as misses; open requests still within their standard are left out. Only requests of services for which at least one other unit also has a known outcome are compared (n_compared, k_compared); a unit with none is 'not_comparable'. expected_pct: the kecamatan's per-service shares weighted by the unit's volume per service; adjusted_diff_pct: observed minus expected share of the compared requests (percentage points) with its 95 % interval (Wilson, the sampling uncertainty of the unit's own share; overdispersion is about flagging, not about this); adjusted_pct: the standardised share target x observed/expected, plotted against n_compared around target_pct (the kecamatan share of all compared requests). Funnel limits: exact binomial (funnel_limit) for the lower-tail probabilities $tail95 and $tail998 and their complements, widened by the overdispersion phi = mean of the squared z-scores winsorised at $winsor and 1 - $winsor (Spiegelhalter 2005), estimated from the units with at least $min_volume compared requests (phi_estimate) and applied when there are at least $min_units of them and units x phi_estimate exceeds the upper 5 % point of chi-square with units - 1 degrees of freedom (Wilson-Hilferty approximation, one-sided normal quantile $z_over): the units vary more than chance explains (else phi = 1, no allowance; never below 1). Units with fewer than $min_volume compared requests are not ranked ('too_few'). rank: 1 + the number of ranked units whose difference interval lies wholly above this one's (units whose intervals overlap share a rank). Slower than last semester (mix-adjusted): each request of the semester against the previous semester's median of the same unit and service (services with at least $min_volume requests then); slower_share with its Wilson lower end, and slower_ratio, the geometric mean of the per-service median ratios weighted by this semester's volume. Median and p90 working time, rework share, backlog at the semester's end and past its standard; the same speed and backlog figures for the previous semester; mean SKP score, share of Sangat Baik and Baik, IKM.
-- params: $period VARCHAR, $min_volume INTEGER, $tail95 DOUBLE, $tail998 DOUBLE, $z95 DOUBLE, $winsor DOUBLE, $min_units INTEGER, $z_over DOUBLE
-- grain: one row per unit (every unit in the store)
-- columns: unit_id, name, kind, completed, n_standard, k_standard, on_standard_pct, n_compared, k_compared, compared_pct, expected_pct, adjusted_diff_pct, diff_low_pct, diff_high_pct, adjusted_pct, z_score, rank, overall_pct, target_pct, phi, phi_estimate, units_ranked, lower95_pct, upper95_pct, lower998_pct, upper998_pct, funnel_flag, slower_n, slower_share_pct, slower_low_pct, slower_ratio, median_minutes, p90_minutes, rework_pct, prev_completed, prev_on_standard_pct, prev_median_minutes, backlog, backlog_past_standard, prev_backlog, mean_skp, kategori, employees_scored, appraised, sb_b_pct, respondents, ikm, mutu, ikm_indicative

with bounds as (
    select
        period_start($period)::timestamp as start_ts,
        period_end($period)::timestamp as end_ts,
        previous_period($period) as prev_period
),

cutoffs as (
    select 'current' as which,
           least(end_ts, (select max(received_at) from service_logs)) as cutoff
    from bounds
    union all
    select 'previous', start_ts from bounds
),

logs as (
    select l.unit_id, l.service_id, l.working_minutes, l.rework_count,
           l.received_at >= (select start_ts from bounds) as is_current
    from service_logs_timed l
    where l.received_at >= period_start((select prev_period from bounds))::timestamp
      and l.received_at < (select end_ts from bounds)
      and l.status = 'selesai'
),

-- every request of both semesters with a known outcome against its standard (completed, or open and
-- already past it: a miss), for every on-standard share below
outcomes as (
    select unit_id, service_id, meets_standard, received_at >= period_start($period)::timestamp as is_current
    from standard_outcomes(period_start($period)::timestamp - interval 6 month, period_end($period)::timestamp,
                           null, [], null)
    where meets_standard is not null
),

unit_service as (
    select unit_id, service_id, count(*) as n, count(*) filter (where meets_standard) as k
    from outcomes
    where is_current
    group by all
),

-- the kecamatan's share per service and how many units have requests of it with a known outcome
service_share as (
    select service_id, sum(k) / sum(n) as p_service, count(*) as providers
    from unit_service
    group by all
),

-- indirect standardisation on the services some other unit also handles
compared as (
    select
        us.unit_id,
        sum(us.n)::bigint as n_compared,
        sum(us.k)::bigint as k_compared,
        sum(us.n * ss.p_service) as e_compared
    from unit_service us
    join service_share ss using (service_id)
    where ss.providers > 1
    group by all
),

overall as (
    select
        (select sum(k) / nullif(sum(n), 0) from unit_service) as p,
        (select sum(k_compared) / nullif(sum(n_compared), 0) from compared) as target
),

scored as (
    select
        c.*,
        c.e_compared / c.n_compared as e_share,
        o.target * c.k_compared / nullif(c.e_compared, 0) as adjusted,
        (o.target * c.k_compared / nullif(c.e_compared, 0) - o.target)
            / nullif(sqrt(o.target * (1 - o.target) / c.n_compared), 0) as z
    from compared c
    cross join overall o
),

winsor as (
    select
        count(*) as units,
        quantile_cont(z, $winsor) as z_low,
        quantile_cont(z, 1 - $winsor) as z_high
    from scored
    where n_compared >= $min_volume and z is not null
),

estimate as (
    select
        any_value(w.units) as units_ranked,
        avg(power(least(greatest(s.z, w.z_low), w.z_high), 2)) as phi_estimate
    from winsor w
    left join scored s on s.n_compared >= $min_volume and s.z is not null
    group by w.units, w.z_low, w.z_high
),

-- the allowance only when the units vary more than chance explains: units x phi above the upper 5 % point
-- of chi-square with units - 1 degrees of freedom (Wilson-Hilferty, one-sided normal quantile $z_over)
dispersion as (
    select
        units_ranked,
        phi_estimate,
        case
            when units_ranked >= $min_units and units_ranked * phi_estimate > (units_ranked - 1) * power(
                1 - 2 / (9 * (units_ranked - 1)) + $z_over * sqrt(2 / (9 * (units_ranked - 1))), 3)
                then greatest(1.0, phi_estimate)
            else 1.0
        end as phi
    from estimate
),

funnel as (
    select
        s.unit_id,
        s.n_compared,
        s.k_compared,
        s.e_share * 100 as expected_pct,
        (s.k_compared / s.n_compared - s.e_share) * 100 as adjusted_diff_pct,
        (wilson_low(s.k_compared, s.n_compared, $z95, 1.0) - s.e_share) * 100 as diff_low_pct,
        (wilson_high(s.k_compared, s.n_compared, $z95, 1.0) - s.e_share) * 100 as diff_high_pct,
        s.adjusted,
        s.adjusted * 100 as adjusted_pct,
        s.z,
        funnel_limit(s.n_compared, o.target, $tail95, d.phi) as lo95,
        funnel_limit(s.n_compared, o.target, 1 - $tail95, d.phi) as hi95,
        funnel_limit(s.n_compared, o.target, $tail998, d.phi) as lo998,
        funnel_limit(s.n_compared, o.target, 1 - $tail998, d.phi) as hi998
    from scored s
    cross join overall o
    cross join dispersion d
),

ranked as (
    select
        f.unit_id,
        1 + (
            select count(*) from funnel g
            where g.n_compared >= $min_volume and g.diff_low_pct > f.diff_high_pct
        ) as rank
    from funnel f
    where f.n_compared >= $min_volume
),

-- slower than last semester, service by service: each request against last semester's median of its service
prev_service as (
    select unit_id, service_id, median(working_minutes) as prev_median
    from logs
    where not is_current and working_minutes is not null
    group by all
    having count(*) >= $min_volume
),

slower as (
    select
        l.unit_id,
        count(*) as slower_n,
        count(*) filter (where l.working_minutes > ps.prev_median) as slower_k
    from logs l
    join prev_service ps using (unit_id, service_id)
    where l.is_current and l.working_minutes is not null
    group by all
),

slower_mix as (
    select unit_id, exp(sum(n * ln(greatest(cur_median, 1) / greatest(prev_median, 1))) / sum(n)) as slower_ratio
    from (
        select l.unit_id, l.service_id, count(*) as n, median(l.working_minutes) as cur_median,
               any_value(ps.prev_median) as prev_median
        from logs l
        join prev_service ps using (unit_id, service_id)
        where l.is_current and l.working_minutes is not null
        group by all
    )
    group by all
),

speed as (
    select
        unit_id,
        count(*) filter (where is_current) as completed,
        quantile_cont(working_minutes, [0.5, 0.9]) filter (where is_current) as q_minutes,
        avg((rework_count > 0)::integer) filter (where is_current) * 100 as rework_pct,
        count(*) filter (where not is_current) as prev_completed,
        median(working_minutes) filter (where not is_current) as prev_median_minutes
    from logs
    group by all
),

shares as (
    select
        unit_id,
        count(*) filter (where is_current) as n_standard,
        count(*) filter (where is_current and meets_standard) as k_standard,
        avg(meets_standard::integer) filter (where is_current) * 100 as on_standard_pct,
        avg(meets_standard::integer) filter (where not is_current) * 100 as prev_on_standard_pct
    from outcomes
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
    select unit_id, mean_skp, employees_scored from skp_unit_period where period = $period
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
    select unit_id, respondents, ikm, mutu, indicative as ikm_indicative
    from ikm_by_unit_period
    where period = $period
),

final as (
    select
        u.unit_id,
        u.name,
        u.kind,
        coalesce(sp.completed, 0) as completed,
        coalesce(sh.n_standard, 0) as n_standard,
        coalesce(sh.k_standard, 0) as k_standard,
        sh.on_standard_pct,
        coalesce(f.n_compared, 0) as n_compared,
        coalesce(f.k_compared, 0) as k_compared,
        f.k_compared / nullif(f.n_compared, 0) * 100 as compared_pct,
        f.expected_pct,
        f.adjusted_diff_pct,
        f.diff_low_pct,
        f.diff_high_pct,
        f.adjusted_pct,
        f.z as z_score,
        r.rank,
        o.p * 100 as overall_pct,
        o.target * 100 as target_pct,
        d.phi,
        d.phi_estimate,
        d.units_ranked,
        f.lo95 * 100 as lower95_pct,
        f.hi95 * 100 as upper95_pct,
        f.lo998 * 100 as lower998_pct,
        f.hi998 * 100 as upper998_pct,
        case
            when coalesce(sh.n_standard, 0) = 0 then 'no_data'
            else funnel_flag(f.adjusted, coalesce(f.n_compared, 0), $min_volume, f.lo95, f.hi95, f.lo998, f.hi998)
        end as funnel_flag,
        coalesce(sl.slower_n, 0) as slower_n,
        sl.slower_k / sl.slower_n * 100 as slower_share_pct,
        wilson_low(sl.slower_k, sl.slower_n, $z95, 1.0) * 100 as slower_low_pct,
        sm.slower_ratio,
        sp.q_minutes[1] as median_minutes,
        sp.q_minutes[2] as p90_minutes,
        sp.rework_pct,
        coalesce(sp.prev_completed, 0) as prev_completed,
        sh.prev_on_standard_pct,
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
        ik.mutu,
        coalesce(ik.ikm_indicative, false) as ikm_indicative
    from units u
    cross join overall o
    cross join dispersion d
    left join speed sp using (unit_id)
    left join shares sh using (unit_id)
    left join funnel f using (unit_id)
    left join ranked r using (unit_id)
    left join slower sl using (unit_id)
    left join slower_mix sm using (unit_id)
    left join backlog bl using (unit_id)
    left join skp sk using (unit_id)
    left join predikat pr using (unit_id)
    left join ikm ik using (unit_id)
    order by case u.kind when 'kecamatan' then 1 when 'sekretariat' then 2 when 'seksi' then 3 else 4 end, u.unit_id
)

select * from final
