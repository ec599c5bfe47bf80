-- title: Kurva distribusi checked per organisation (SE MenPANRB 03/2023)
-- description: Each rule of the schema macro kurva_rules that applies to an organisation's predikat (the bounds of kurva_bounds, kind 'bound', and the majority "sebagian besar" at the organisation's own predikat, kind 'majority'), with the organisation's actual share of employees whose predikat is in the rule's predikat_set, and whether the rule is not met (macro kurva_not_met: share above max_share, below min_share, none at all where need_some, or not more than half for the majority). Organisations (a rated unit with its unrated descendants) as in camat_predikat_distribution. No whole-kecamatan row: staff of a rated kelurahan are bound by their own unit's predikat, not by the kecamatan's.
-- params: $period VARCHAR
-- grain: one row per organisation and applicable rule
-- columns: unit_id, org_predikat, bound_no, kind, predikat_set, min_share, max_share, need_some, appraised, n_in_set, share_pct, broken

with org as (
    select * from unit_organisation($period)
),

groups as (
    select o.org_unit_id as unit_id, o.org_predikat, a.predikat
    from appraisal_predikat a
    join employee_period_units e on e.nip = a.nip and e.period = a.period
    join org o on o.unit_id = e.unit_id
    where a.period = $period
),

checked as (
    select
        g.unit_id,
        g.org_predikat,
        k.bound_no,
        k.kind,
        k.predikat_set,
        k.min_share,
        k.max_share,
        k.need_some,
        count(*) as appraised,
        count(*) filter (where list_has_any(k.predikat_set, [g.predikat])) as n_in_set
    from groups g
    join kurva_rules() k on k.org_predikat = g.org_predikat
    group by all
),

final as (
    select
        *,
        n_in_set / appraised * 100 as share_pct,
        kurva_not_met(kind, n_in_set, appraised, min_share, max_share, need_some) as broken
    from checked
    order by unit_id, bound_no
)

select * from final
