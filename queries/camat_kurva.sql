-- title: Kurva distribusi checked per unit (SE MenPANRB 03/2023)
-- description: Each bound of kurva_bounds that applies to a unit's organisation predikat, with the unit's actual share of employees whose predikat is in the bound's predikat_set, and whether the bound is broken (share above max_share, below min_share, or none at all where need_some). Organisations (a rated unit with its unrated descendants) and the whole kecamatan ('ALL') as in camat_predikat_distribution.
-- params: $period VARCHAR
-- grain: one row per organisation (or 'ALL') and applicable bound

with org as (
    select * from unit_organisation($period)
),

appraised as (
    select e.unit_id, a.predikat
    from appraisal_predikat a
    join employee_period_units e on e.nip = a.nip and e.period = a.period
    where a.period = $period
),

groups as (
    select o.org_unit_id as unit_id, o.org_predikat, a.predikat
    from appraised a
    join org o using (unit_id)
    union all
    select 'ALL', (select org_predikat from org where parent_id is null limit 1), predikat
    from appraised
),

checked as (
    select
        g.unit_id,
        g.org_predikat,
        k.bound_no,
        k.predikat_set,
        k.min_share,
        k.max_share,
        k.need_some,
        count(*) as appraised,
        count(*) filter (where list_has_any(k.predikat_set, [g.predikat])) as n_in_set
    from groups g
    join kurva_bounds k on k.org_predikat = g.org_predikat
    group by all
),

final as (
    select
        *,
        n_in_set / appraised * 100 as share_pct,
        (max_share is not null and n_in_set / appraised > max_share + 1e-9)
        or (min_share is not null and n_in_set / appraised < min_share - 1e-9)
        or (need_some and n_in_set = 0) as broken
    from checked
    order by unit_id = 'ALL' desc, unit_id, bound_no
)

select * from final
