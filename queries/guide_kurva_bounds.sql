-- title: The kurva distribusi rules (SE MenPANRB 03/2023)
-- description: Every rule of the schema macro kurva_rules: per organisation predikat, the bounds of kurva_bounds (kind 'bound': the employee predikat set, the minimum and maximum share, whether at least one such employee is needed) and the majority at the organisation's own predikat (kind 'majority': more than min_share). For the Panduan Evaluasi.
-- params: (none)
-- grain: one row per organisation predikat and rule
-- columns: org_predikat, bound_no, kind, predikat_set, min_share, max_share, need_some

select org_predikat, bound_no, kind, predikat_set, min_share, max_share, need_some
from kurva_rules()
order by case org_predikat when 'istimewa' then 1 when 'baik' then 2 when 'butuh_perbaikan' then 3
                           when 'kurang' then 4 else 5 end, bound_no
