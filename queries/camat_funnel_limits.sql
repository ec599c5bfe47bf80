-- title: Funnel limits for the funnel plot of Perbandingan Unit
-- description: The exact binomial limits (funnel_limit: Spiegelhalter 2005, interpolated, widened by the overdispersion $phi) around the share $target_share for volumes 1 to $n_max: every volume up to 40, then about 120 volumes spaced evenly on a log scale. Lower-tail probabilities $tail95 and $tail998 and their complements. Shares as fractions.
-- params: $target_share DOUBLE, $phi DOUBLE, $n_max INTEGER, $tail95 DOUBLE, $tail998 DOUBLE
-- grain: one row per volume n
-- columns: n, lower95, upper95, lower998, upper998

with grid as (
    select distinct n
    from (
        select cast(i as integer) as n from range(1, 41) t(i)
        union all
        select cast(round(exp(ln(40) + i * (ln(greatest($n_max, 41)) - ln(40)) / 120)) as integer)
        from range(0, 121) t(i)
    )
    where n <= greatest($n_max, 40)
)

select
    n,
    funnel_limit(n, $target_share, $tail95, $phi) as lower95,
    funnel_limit(n, $target_share, 1 - $tail95, $phi) as upper95,
    funnel_limit(n, $target_share, $tail998, $phi) as lower998,
    funnel_limit(n, $target_share, 1 - $tail998, $phi) as upper998
from grid
order by n
