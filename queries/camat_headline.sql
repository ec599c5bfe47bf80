-- title: Headline figures of a semester against the previous one
-- description: SKP scores count only for ASN with at least one realisation in the semester (not yet evaluated otherwise). Mean SKP score and kategori, share of ASN per predikat (macro skp_headline), on-standard share of the requests with a known outcome (macro standard_outcomes: completed, or still open and already past the standard, a miss; open_missed = those open misses; n_standard = all of them), median/p90 working time of completed requests, open backlog at the end of the semester (and how many are past their standard), IKM and mutu with the minimum sample of PermenPANRB 14/2017 (macro sampel_minimum_ikm on the population = requests received in the semester) and whether the grade is only indicative (fewer respondents); for the chosen semester and the one before. Requests count in the semester they were received; the backlog is taken at the semester's end, or at the last record for a running semester.
-- params: $period VARCHAR, $unit_id VARCHAR (NULL = the whole kecamatan)
-- grain: one row per period (the chosen semester first, then the previous one)
-- columns: period, cutoff, completed, n_standard, open_missed, on_standard_pct, median_minutes, p90_minutes, rework_pct, backlog, backlog_past_standard, mean_skp, kategori, employees_scored, appraised, sangat_baik_pct, baik_pct, butuh_perbaikan_pct, kurang_pct, sangat_kurang_pct, respondents, ikm, mutu, population, ikm_min_sample, ikm_indicative

with periods as (
    select $period as period, 1 as ord
    union all
    select previous_period($period), 2
),

bounds as (
    select
        period,
        ord,
        period_start(period)::timestamp as start_ts,
        period_end(period)::timestamp as end_ts,
        least(period_end(period)::timestamp, (select max(received_at) from service_logs)) as cutoff
    from periods
),

logs as (
    select l.period, l.working_minutes, l.rework_count
    from service_logs_timed l
    where l.received_at >= (select min(start_ts) from bounds)
      and l.received_at < (select max(end_ts) from bounds)
      and l.status = 'selesai'
      and ($unit_id is null or l.unit_id = $unit_id)
),

service as (
    select
        period,
        count(*) as completed,
        quantile_cont(working_minutes, [0.5, 0.9]) as q_minutes,  -- both from one sort
        avg((rework_count > 0)::integer) * 100 as rework_pct
    from logs
    group by period
),

-- the previous semester starts six months before the chosen one
outcomes as (
    select
        period_of(received_at) as period,
        count(meets_standard) as n_standard,
        count(*) filter (where is_open and not meets_standard) as open_missed,
        avg(meets_standard::integer) * 100 as on_standard_pct
    from standard_outcomes(period_start($period)::timestamp - interval 6 month, period_end($period)::timestamp,
                           $unit_id, [], null)
    group by all
),

open_at_cutoff as (
    select
        b.period,
        s.standard_minutes,
        working_minute_index(b.cutoff, cc.cum_minutes_before, cc.is_working, cc.open_minute, cc.close_minute)
        - working_minute_index(l.received_at, cr.cum_minutes_before, cr.is_working, cr.open_minute, cr.close_minute)
            as age_minutes
    from bounds b
    join service_logs l
        on l.received_at < b.cutoff
       and ((l.completed_at is null and l.status = 'proses') or l.completed_at > b.cutoff)
    join services s on s.service_id = l.service_id
    left join calendar_days cr on cr.day = cast(l.received_at as date)
    left join calendar_days cc on cc.day = cast(b.cutoff as date)
    where ($unit_id is null or l.unit_id = $unit_id)
),

backlog as (
    select
        period,
        count(*) as backlog,
        count(*) filter (where age_minutes > standard_minutes) as backlog_past_standard
    from open_at_cutoff
    group by period
),

skp as (
    select * from skp_headline($period, $unit_id)
),

ikm as (
    select
        period_of(responded_on) as period,
        count(*) as respondents,
        nilai_ikm(avg(u1), avg(u2), avg(u3), avg(u4), avg(u5), avg(u6), avg(u7), avg(u8), avg(u9)) as ikm
    from survey_responses
    where responded_on >= (select min(start_ts) from bounds)
      and responded_on < (select max(end_ts) from bounds)
      and ($unit_id is null or unit_id = $unit_id)
    group by all
),

population as (
    select period_of(month) as period, sum(requests)::bigint as population
    from log_months
    where month >= (select min(start_ts) from bounds)::date
      and month < (select max(end_ts) from bounds)::date
      and ($unit_id is null or unit_id = $unit_id)
    group by all
),

final as (
    select
        b.period,
        b.cutoff,
        coalesce(sv.completed, 0) as completed,
        coalesce(so.n_standard, 0) as n_standard,
        coalesce(so.open_missed, 0) as open_missed,
        so.on_standard_pct,
        sv.q_minutes[1] as median_minutes,
        sv.q_minutes[2] as p90_minutes,
        sv.rework_pct,
        coalesce(bl.backlog, 0) as backlog,
        coalesce(bl.backlog_past_standard, 0) as backlog_past_standard,
        sk.mean_skp,
        sk.kategori,
        sk.employees_scored,
        sk.appraised,
        sk.sangat_baik_pct,
        sk.baik_pct,
        sk.butuh_perbaikan_pct,
        sk.kurang_pct,
        sk.sangat_kurang_pct,
        coalesce(ik.respondents, 0) as respondents,
        ik.ikm,
        mutu_ikm(ik.ikm) as mutu,
        po.population,
        sampel_minimum_ikm(po.population) as ikm_min_sample,
        coalesce(ik.respondents, 0) < coalesce(sampel_minimum_ikm(po.population), 0) as ikm_indicative
    from bounds b
    left join service sv using (period)
    left join outcomes so using (period)
    left join backlog bl using (period)
    left join skp sk using (period)
    left join ikm ik using (period)
    left join population po using (period)
    order by b.ord
)

select * from final
