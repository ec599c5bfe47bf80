-- title: Kurva distribusi checked for typed numbers (Panduan Evaluasi calculator)
-- description: For an organisation predikat and the number of its employees with each predikat (list in the order Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang), every rule of the macro kurva_rules (SE MenPANRB 03/2023: the bounds, kind 'bound', and the majority at the organisation's own predikat, kind 'majority') that applies, the share of employees in the rule's predikat set, and whether the rule holds (macro kurva_not_met), as camat_kurva checks it.
-- params: $org_predikat VARCHAR, $predikat_counts INTEGER[]
-- grain: one row per applicable bound
-- columns: bound_no, kind, predikat_set, min_share, max_share, need_some, employees, n_in_set, share_pct, holds

with counts as (
    select
        predikat_list()[i] as predikat,
        coalesce($predikat_counts[i], 0) as n
    from range(1, 6) r(i)
),

total as (
    select sum(n)::bigint as employees from counts
),

checked as (
    select
        k.bound_no,
        k.kind,
        k.predikat_set,
        k.min_share,
        k.max_share,
        k.need_some,
        t.employees,
        coalesce(sum(c.n) filter (where list_contains(k.predikat_set, c.predikat)), 0)::bigint as n_in_set
    from kurva_rules() k
    cross join total t
    cross join counts c
    where k.org_predikat = $org_predikat
    group by all
),

final as (
    select
        *,
        100.0 * n_in_set / nullif(employees, 0) as share_pct,
        employees > 0 and not kurva_not_met(kind, n_in_set, employees, min_share, max_share, need_some) as holds
    from checked
)

select * from final order by bound_no
