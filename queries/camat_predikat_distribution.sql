-- title: Predikat distribution per unit and for the whole organisation
-- description: Number of appraised ASN per predikat kinerja (view appraisal_predikat) in the semester, per organisation and for all employees together (unit_id 'ALL'), with the organisation predikat that bounds it. An organisation is a unit rated in org_ratings for the semester together with its descendants that are not rated themselves (up to two levels); an employee counts in the organisation of their unit. 'ALL' takes the top unit's predikat.
-- params: $period VARCHAR
-- grain: one row per organisation with appraisals (and one 'ALL' row)
-- columns: unit_id, appraised, sangat_baik, baik, butuh_perbaikan, kurang, sangat_kurang, org_predikat

with org as (
    select * from unit_organisation($period)
),

appraised as (
    select o.org_unit_id as unit_id, a.predikat
    from appraisal_predikat a
    join employee_period_units e on e.nip = a.nip and e.period = a.period
    join org o on o.unit_id = e.unit_id
    where a.period = $period
),

per_group as (
    select
        coalesce(unit_id, 'ALL') as unit_id,
        count(*) as appraised,
        count(*) filter (where predikat = 'Sangat Baik') as sangat_baik,
        count(*) filter (where predikat = 'Baik') as baik,
        count(*) filter (where predikat = 'Butuh Perbaikan') as butuh_perbaikan,
        count(*) filter (where predikat = 'Kurang/Misconduct') as kurang,
        count(*) filter (where predikat = 'Sangat Kurang') as sangat_kurang
    from appraised
    group by grouping sets ((unit_id), ())
),

final as (
    select
        g.*,
        case when g.unit_id = 'ALL'
             then (select o.org_predikat from org o join units u using (unit_id) where u.parent_id is null limit 1)
             else o.org_predikat end as org_predikat
    from per_group g
    left join org o using (unit_id)
    order by g.unit_id = 'ALL' desc, g.unit_id
)

select * from final
