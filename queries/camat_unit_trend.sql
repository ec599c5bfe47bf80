-- title: A unit's trend over semesters
-- description: SKP scores count only for ASN with at least one realisation in the semester (not yet evaluated otherwise). Per semester (by received date): completed requests, median and p90 working time and rework share of them; the on-standard share of the n_standard requests with a known outcome (macro standard_outcomes: completed, or still open and already past the standard, a miss; open requests still within it are left out); mean SKP score of the unit's ASN; IKM. NULL unit = the whole kecamatan.
-- params: $unit_id VARCHAR (NULL = the whole kecamatan)
-- grain: one row per semester with requests or SKP scores
-- columns: period, completed, n_standard, on_standard_pct, median_minutes, p90_minutes, rework_pct, mean_skp, respondents, ikm

with speed as (
    select
        period,
        count(*) as completed,
        median(working_minutes) as median_minutes,
        quantile_cont(working_minutes, 0.9) as p90_minutes,
        avg((rework_count > 0)::integer) * 100 as rework_pct
    from service_logs_timed
    where status = 'selesai' and ($unit_id is null or unit_id = $unit_id)
    group by all
),

shares as (
    select
        period_of(received_at) as period,
        count(meets_standard) as n_standard,
        avg(meets_standard::integer) * 100 as on_standard_pct
    from standard_outcomes(timestamp '-infinity', timestamp 'infinity', $unit_id, [], null)
    group by all
    having count(meets_standard) > 0
),

skp as (
    select s.period, avg(s.skp_score) as mean_skp
    from skp_scores s
    join employee_period_units e on e.nip = s.nip and e.period = s.period
    where s.evaluated and ($unit_id is null or e.unit_id = $unit_id)
    group by all
),

ikm as (
    select
        period_of(responded_on) as period,
        count(*) as respondents,
        nilai_ikm(avg(u1), avg(u2), avg(u3), avg(u4), avg(u5), avg(u6), avg(u7), avg(u8), avg(u9)) as ikm
    from survey_responses
    where $unit_id is null or unit_id = $unit_id
    group by all
),

final as (
    select
        period,
        sp.completed,
        sh.n_standard,
        sh.on_standard_pct,
        sp.median_minutes,
        sp.p90_minutes,
        sp.rework_pct,
        skp.mean_skp,
        ikm.respondents,
        ikm.ikm
    from speed sp
    full join shares sh using (period)
    full join skp using (period)
    full join ikm using (period)
    order by period
)

select * from final
