-- title: A unit's SKP achievement and predikat distribution in one semester (aggregated)
-- description: SKP scores count only for ASN with at least one realisation in the semester (not yet evaluated otherwise). Number of the unit's ASN per kategori of their SKP score and per predikat kinerja; counts only, no names.
-- params: $period VARCHAR, $unit_id VARCHAR
-- grain: one row per measure ('kategori' or 'predikat') and label
-- columns: measure, label, employees, mean_skp

with kategori as (
    select 'kategori' as measure, s.kategori as label, count(*) as employees, avg(s.skp_score) as mean_skp
    from skp_scores s
    join employee_period_units e on e.nip = s.nip and e.period = s.period
    where s.evaluated and s.period = $period and e.unit_id = $unit_id
    group by all
),

predikat as (
    select 'predikat' as measure, a.predikat as label, count(*) as employees, null::double as mean_skp
    from appraisal_predikat a
    join employee_period_units e on e.nip = a.nip and e.period = a.period
    where a.period = $period and e.unit_id = $unit_id
    group by all
),

final as (
    select * from kategori
    union all
    select * from predikat
)

select * from final order by measure, label
