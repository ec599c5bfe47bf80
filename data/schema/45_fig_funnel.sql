-- Comparison macros: the funnel plot's exact binomial limits and the interval of a share, once, so
-- Perbandingan Unit, Ringkasan Kinerja, the unit PDF, HR's peer comparison and Panduan Evaluasi agree.
-- Part of the store's schema: the files of data/schema/ are applied in name order at every open
-- (dashboard.core.store.apply_schema), after the pending migrations of data/migrations/.
-- Statements are idempotent: views and macros `create or replace`. The limits' tail probabilities,
-- the minimum volume and the winsorising share come from the caller as parameters
-- (dashboard.camat.logic.FUNNEL), never from here.

-- Exact binomial limit of a share at volume n around the share p, for the lower-tail probability q
-- (0.025 and 0.975 for 95 %, 0.001 and 0.999 for 99.8 %), interpolated between whole counts as in
-- Spiegelhalter, "Funnel plots for comparing institutional performance", Stat Med 2005, appendix A.1.1:
-- r = the smallest count with P(R <= r) >= q, a = (P(R <= r) - q) / P(R = r), limit = (r - a) / n.
-- The counts summed are those within 10 standard deviations + 50 of n p: by Bernstein's inequality the
-- mass outside is below exp(-50) (about 2e-22), far below the rounding of the sum itself, so the limit is
-- the same as summing from 0 to n, while a unit of 100.000 requests sums about 2.600 terms, not 100.001.
create or replace macro binom_limit(n, p, q) as (
    case
        when n is null or p is null or q is null or n < 1 then null
        when p <= 0 or p >= 1 then p
        else (
            -- internal names carry a binom_ prefix: a macro argument such as f.n must not be captured here
            with binom_pmf as (
                select binom_r, exp(lgamma(n + 1) - lgamma(binom_r + 1) - lgamma(n - binom_r + 1)
                                    + binom_r * ln(p) + (n - binom_r) * ln(1 - p)) as binom_f
                from (select unnest(range(
                    cast(greatest(0, floor(n * p - 10 * sqrt(n * p * (1 - p)) - 50)) as bigint),
                    cast(least(n, ceil(n * p + 10 * sqrt(n * p * (1 - p)) + 50)) as bigint) + 1)) as binom_r)
            ),
            binom_cdf as (
                select binom_r, binom_f,
                       sum(binom_f) over (order by binom_r rows between unbounded preceding and current row) as binom_c
                from binom_pmf
            ),
            binom_first as (select * from binom_cdf where binom_c >= q order by binom_r limit 1)
            select (binom_r - (binom_c - q) / binom_f) / n from binom_first
        )
    end
);

-- A funnel limit with the overdispersion allowance of the same paper (section 6.1): the exact limit's
-- distance from p widened by the square root of phi (phi = 1: no allowance). Clipped to [0, 1].
create or replace macro funnel_limit(n, p, q, phi) as
    least(1.0, greatest(0.0, p + sqrt(greatest(coalesce(phi, 1.0), 1.0)) * (binom_limit(n, p, q) - p)));

-- Wilson score interval of a share of k in n with normal quantile z (1.96 for 95 %); with
-- overdispersion phi the counts shrink to k/phi of n/phi (an effective volume). Lower and upper end.
create or replace macro wilson_bound(k, n, z, sign) as
    case when n is null or n <= 0 then null else
        ((k / n + z * z / (2 * n)) + sign * z * sqrt(k / n * (1 - k / n) / n + z * z / (4 * n * n))) / (1 + z * z / n)
    end;

create or replace macro wilson_low(k, n, z, phi) as
    greatest(0.0, wilson_bound(k / greatest(coalesce(phi, 1.0), 1.0), n / greatest(coalesce(phi, 1.0), 1.0), z, -1));

create or replace macro wilson_high(k, n, z, phi) as
    least(1.0, wilson_bound(k / greatest(coalesce(phi, 1.0), 1.0), n / greatest(coalesce(phi, 1.0), 1.0), z, 1));

-- The funnel flag of a unit: its mix-adjusted share (target x observed / expected) against the funnel
-- limits (funnel_limit at its number of compared requests n around the target share, for the 95 % and
-- 99.8 % tails). Not compared without compared requests, not ranked below min_volume.
create or replace macro funnel_flag(adjusted, n, min_volume, lower95, upper95, lower998, upper998) as
    case
        when n is null or n = 0 then 'not_comparable'
        when n < min_volume then 'too_few'
        when adjusted > upper998 then 'above_998'
        when adjusted > upper95 then 'above_95'
        when adjusted < lower998 then 'below_998'
        when adjusted < lower95 then 'below_95'
        else 'within'
    end;
