-- title: Public slides: citizen satisfaction (IKM) of the whole kecamatan per semester
-- description: Survey responses of every unit pooled per semester: respondents, the first and last response date, NRR of the nine elements (mean score 1-4), the IKM (25 x sum(NRR x 1/9), macro nilai_ikm) and its grade (macro mutu_ikm), with the minimum sample of PermenPANRB 14/2017 (macro sampel_minimum_ikm on the population = requests received in the semester, every unit) and whether the grade is only indicative (fewer respondents than that). The page suppresses semesters with fewer than 10 respondents.
-- params: (none)
-- grain: one row per semester with a survey response, oldest first
-- columns: period, respondents, first_responded_on, last_responded_on, nrr_u1, nrr_u2, nrr_u3, nrr_u4, nrr_u5, nrr_u6, nrr_u7, nrr_u8, nrr_u9, ikm, mutu, population, min_sample, indicative

with final as (
    select
        period_of(responded_on) as period,
        count(*) as respondents,
        min(responded_on) as first_responded_on,
        max(responded_on) as last_responded_on,
        avg(u1) as nrr_u1, avg(u2) as nrr_u2, avg(u3) as nrr_u3,
        avg(u4) as nrr_u4, avg(u5) as nrr_u5, avg(u6) as nrr_u6,
        avg(u7) as nrr_u7, avg(u8) as nrr_u8, avg(u9) as nrr_u9
    from survey_responses
    group by all
),

-- every request received in the semester, whatever its status: the monthly counts (derived table log_months)
population as (
    select period_of(month) as period, sum(requests)::bigint as population
    from log_months
    group by all
)

select
    f.*,
    nilai_ikm(nrr_u1, nrr_u2, nrr_u3, nrr_u4, nrr_u5, nrr_u6, nrr_u7, nrr_u8, nrr_u9) as ikm,
    mutu_ikm(nilai_ikm(nrr_u1, nrr_u2, nrr_u3, nrr_u4, nrr_u5, nrr_u6, nrr_u7, nrr_u8, nrr_u9)) as mutu,
    p.population,
    sampel_minimum_ikm(p.population) as min_sample,
    coalesce(f.respondents < sampel_minimum_ikm(p.population), false) as indicative
from final f
left join population p using (period)
order by f.period
