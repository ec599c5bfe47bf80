-- title: The kurva distribusi bounds (SE MenPANRB 03/2023)
-- description: Every bound of the store's kurva_bounds table: per organisation predikat, the employee predikat set it bounds, the minimum and maximum share, and whether at least one such employee is needed. For the Panduan Evaluasi.
-- params: (none)
-- grain: one row per organisation predikat and bound

select org_predikat, bound_no, predikat_set, min_share, max_share, need_some
from kurva_bounds
order by case org_predikat when 'istimewa' then 1 when 'baik' then 2 when 'butuh_perbaikan' then 3
                           when 'kurang' then 4 else 5 end, bound_no
