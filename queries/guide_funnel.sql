-- title: One unit on the funnel plot (Panduan Evaluasi calculator)
-- description: For typed figures of one unit (n compared requests, k of them within the standard, the share $expected expected for its service mix, the kecamatan share $target_share and the overdispersion $phi) the store's own macros give what Perbandingan Unit shows: the mix-adjusted share target x (k/n) / expected, the exact binomial funnel limits at n (funnel_limit; lower-tail probabilities $tail95, $tail998), the flag (funnel_flag, not ranked below $min_volume) and the difference from the expected share with its Wilson 95 % interval (normal quantile $z95). Shares as fractions.
-- params: $n INTEGER, $k INTEGER, $expected DOUBLE, $target_share DOUBLE, $phi DOUBLE, $tail95 DOUBLE, $tail998 DOUBLE, $z95 DOUBLE, $min_volume INTEGER
-- grain: one row
-- columns: observed, adjusted, lower95, upper95, lower998, upper998, flag, diff, diff_low, diff_high

with typed as (
    select
        $target_share * ($k / $n) / $expected as adjusted,
        funnel_limit($n, $target_share, $tail95, $phi) as lower95,
        funnel_limit($n, $target_share, 1 - $tail95, $phi) as upper95,
        funnel_limit($n, $target_share, $tail998, $phi) as lower998,
        funnel_limit($n, $target_share, 1 - $tail998, $phi) as upper998
)

select
    $k / $n as observed,
    adjusted,
    lower95,
    upper95,
    lower998,
    upper998,
    funnel_flag(adjusted, $n, $min_volume, lower95, upper95, lower998, upper998) as flag,
    $k / $n - $expected as diff,
    wilson_low($k, $n, $z95, 1.0) - $expected as diff_low,
    wilson_high($k, $n, $z95, 1.0) - $expected as diff_high
from typed
