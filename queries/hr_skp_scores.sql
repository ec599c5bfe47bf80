-- title: SKP score of one employee per semester
-- description: The SKP score (mean of the indicator means, view skp_scores) and its kategori per semester; evaluated is false while no realisation has been entered in that semester; score and kategori are then NULL.
-- params: $nip VARCHAR
-- grain: one row per semester with SKP targets
-- columns: period, indicators, skp_score, kategori, evaluated, targets

select
    s.period,
    s.indicators,
    s.skp_score,
    s.kategori,
    s.evaluated,
    r.targets
from skp_scores s
join (
    select period, count(*) as targets
    from skp_targets
    where nip = $nip
    group by period
) r using (period)
where s.nip = $nip
order by s.period
