-- title: How often self and supervisor ratings differ, per unit
-- description: For every semester self-assessed by an employee and appraised by the supervisor, per unit the employee was posted to in that semester (employee_period_units): how many such pairs, how many differ on hasil kerja, on perilaku kerja, on either, and how often the employee rated themselves higher (a rating rank di_atas 3, sesuai 2, di_bawah 1, summed over both ratings); plus the objections (tanggapan 'keberatan') recorded for that unit's appraisals. Units without any pair or objection are left out.
-- params: $unit_id VARCHAR (NULL = all units)
-- grain: one row per unit
-- columns: unit_id, unit_name, pairs, differ_results, differ_behaviour, differ_any, differ_pct, self_higher, objections

with pairs as (
    select
        e.unit_id,
        s.rating_results <> a.rating_results as differs_results,
        s.rating_behaviour <> a.rating_behaviour as differs_behaviour,
        (case s.rating_results when 'di_atas' then 3 when 'sesuai' then 2 else 1 end
         + case s.rating_behaviour when 'di_atas' then 3 when 'sesuai' then 2 else 1 end)
        > (case a.rating_results when 'di_atas' then 3 when 'sesuai' then 2 else 1 end
           + case a.rating_behaviour when 'di_atas' then 3 when 'sesuai' then 2 else 1 end) as self_higher
    from self_assessments s
    join appraisals a on a.nip = s.nip and a.period = s.period
    join employee_period_units e on e.nip = s.nip and e.period = s.period
    where $unit_id is null or e.unit_id = $unit_id
),

per_unit as (
    select
        unit_id,
        count(*) as pairs,
        count(*) filter (where differs_results) as differ_results,
        count(*) filter (where differs_behaviour) as differ_behaviour,
        count(*) filter (where differs_results or differs_behaviour) as differ_any,
        count(*) filter (where self_higher) as self_higher
    from pairs
    group by unit_id
),

objections as (
    select e.unit_id, count(*) as objections
    from appraisal_responses r
    join employee_period_units e on e.nip = r.nip and e.period = r.period
    where r.response = 'keberatan' and ($unit_id is null or e.unit_id = $unit_id)
    group by e.unit_id
),

final as (
    select
        u.unit_id,
        u.name as unit_name,
        coalesce(p.pairs, 0) as pairs,
        coalesce(p.differ_results, 0) as differ_results,
        coalesce(p.differ_behaviour, 0) as differ_behaviour,
        coalesce(p.differ_any, 0) as differ_any,
        100.0 * p.differ_any / nullif(p.pairs, 0) as differ_pct,
        coalesce(p.self_higher, 0) as self_higher,
        coalesce(o.objections, 0) as objections
    from units u
    left join per_unit p using (unit_id)
    left join objections o using (unit_id)
    where p.unit_id is not null or o.unit_id is not null
)

select * from final order by unit_id
