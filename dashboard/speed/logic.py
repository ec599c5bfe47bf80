"""Processing-speed statistics that are not SQL: the bootstrap of the median change, the
fixed-mix overall change (DESIGN.md rule 7) and the plain-language sentences.

Shared by the Kecamatan Layanan page and the public slides. The SQL side lives in
``queries/before_after_by_service.sql`` (per-service n, medians and on-standard shares on
all rows) and ``queries/before_after_samples.sql`` (per service and side, at most ``cap``
durations). Only those small lists reach Python; nothing here touches the whole log.

Typical use (e.g. on the public page)::

    from dashboard.core import data
    from dashboard.speed import logic as speed

    params = dict(event_date=event, window_months=6, unit_id=None, channel=None)
    figures = data.query("before_after_by_service", **params)
    samples = data.query("before_after_samples", **params, cap=speed.SAMPLE_CAP, seed=speed.SEED)
    result = speed.before_after(figures, samples, measure="working")
    result.services      # one row per service: medians, change, 95 % CI, n, comparable
    result.overall       # OverallChange: fixed-mix change with its CI
    [speed.change_sentence(row, "working") for row in result.services.itertuples()]
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.core import fmt
from dashboard.core.i18n import t

#: Seed of every bootstrap on the page: the same store always gives the same intervals.
SEED = 20240701
#: Resamples per service and side.
N_RESAMPLES = 1000
#: Most durations fetched per service and side (before_after_samples $cap).
SAMPLE_CAP = 5000
#: A side with fewer completed requests is not compared (DESIGN.md rule 8 uses 10 too).
MIN_N = 10
MEASURES = ("working", "elapsed")


@dataclass(frozen=True)
class MedianChange:
    """The change of a median between two samples.

    ``change``, ``ci_low`` and ``ci_high`` are relative (after / before - 1: -0.62 is a
    62 % fall); NaN when the before median is 0 or a side is empty.
    """

    n_before: int
    n_after: int
    median_before: float
    median_after: float
    change: float
    ci_low: float
    ci_high: float


@dataclass(frozen=True)
class OverallChange:
    """The fixed-mix overall change: Σ w·median_after / Σ w·median_before - 1.

    ``weights`` maps service_id to its fixed weight (shares summing to 1).
    """

    median_before: float
    median_after: float
    change: float
    ci_low: float
    ci_high: float
    n_before: int
    n_after: int
    weights: dict[str, float]


@dataclass(frozen=True)
class BeforeAfter:
    services: pd.DataFrame
    overall: OverallChange


def median_draws(values: Sequence[float] | np.ndarray, n_resamples: int, rng: np.random.Generator) -> np.ndarray:
    """``n_resamples`` bootstrap medians of ``values`` (NaN-free array of length n).

    Equivalent in distribution to ``numpy.median(rng.choice(values, n))`` repeated, without
    building an n x n_resamples array: the k-th smallest of n resampled indices is
    floor(n * U) with U ~ Beta(k, n + 1 - k) (the k-th order statistic of n uniforms), and
    for even n the next one is U + (1 - U) * Beta(1, n - k). Cost: one sort.
    """
    x = np.sort(np.asarray(values, dtype=float))
    n = len(x)
    if n == 0:
        return np.full(n_resamples, np.nan)
    k = (n + 1) // 2
    u = rng.beta(k, n + 1 - k, n_resamples)
    low = x[np.minimum((u * n).astype(np.int64), n - 1)]
    if n % 2:
        return low
    u_next = u + (1.0 - u) * rng.beta(1, n - k, n_resamples)
    high = x[np.minimum((u_next * n).astype(np.int64), n - 1)]
    return (low + high) / 2.0


def _relative(after: np.ndarray | float, before: np.ndarray | float):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(np.asarray(before) > 0, np.asarray(after) / np.asarray(before) - 1.0, np.nan)


def _interval(draws: np.ndarray, confidence: float) -> tuple[float, float]:
    finite = draws[np.isfinite(draws)]
    if len(finite) < len(draws) * 0.99 or len(finite) == 0:
        return math.nan, math.nan
    alpha = (1.0 - confidence) / 2.0
    low, high = np.quantile(finite, [alpha, 1.0 - alpha])
    return float(low), float(high)


def bootstrap_median_change(
    before: Sequence[float] | np.ndarray,
    after: Sequence[float] | np.ndarray,
    n_resamples: int = N_RESAMPLES,
    seed: int = SEED,
    confidence: float = 0.95,
) -> MedianChange:
    """Percentile-bootstrap interval of the relative change of the median.

    before, after: durations (any unit) of one service on each side of the event.
    Returns a MedianChange with the medians of the given arrays, the relative change
    (after / before - 1) and its ``confidence`` interval from ``n_resamples`` resamples of
    each side, drawn with ``numpy.random.default_rng(seed)``: a fixed seed gives the same
    interval every time.
    """
    before = np.asarray(before, dtype=float)
    after = np.asarray(after, dtype=float)
    rng = np.random.default_rng(seed)
    draws = _relative(median_draws(after, n_resamples, rng), median_draws(before, n_resamples, rng))
    low, high = _interval(draws, confidence) if len(before) and len(after) else (math.nan, math.nan)
    median_before = float(np.median(before)) if len(before) else math.nan
    median_after = float(np.median(after)) if len(after) else math.nan
    return MedianChange(
        n_before=len(before),
        n_after=len(after),
        median_before=median_before,
        median_after=median_after,
        change=float(_relative(median_after, median_before)),
        ci_low=low,
        ci_high=high,
    )


def fixed_mix_change(
    medians_before: Mapping[str, float],
    medians_after: Mapping[str, float],
    weights: Mapping[str, float],
) -> tuple[float, float, float]:
    """(overall before, overall after, relative change) with one fixed service mix.

    Overall median-time of the mix = Σ w_s · median_s over the services in ``weights``,
    the same weights on both sides, so moving volume between services changes nothing;
    only a change of each service's own median moves the figure.
    """
    total = sum(weights.values())
    if total <= 0:
        return math.nan, math.nan, math.nan
    before = sum(w * medians_before[s] for s, w in weights.items()) / total
    after = sum(w * medians_after[s] for s, w in weights.items()) / total
    return before, after, float(_relative(after, before))


def before_after(
    figures: pd.DataFrame,
    samples: pd.DataFrame,
    measure: str = "working",
    n_resamples: int = N_RESAMPLES,
    seed: int = SEED,
    confidence: float = 0.95,
    min_n: int = MIN_N,
    weights: Mapping[str, float] | None = None,
) -> BeforeAfter:
    """Per-service change of the median with a bootstrap CI, and the fixed-mix overall.

    figures: the result of query ``before_after_by_service`` (medians on all rows).
    samples: the result of query ``before_after_samples`` (lists of durations per side).
    measure: 'working' (working minutes) or 'elapsed' (elapsed minutes).
    weights: the fixed service mix (service_id -> weight); default the before-period
        volumes (n_before) of the comparable services.

    A service is ``comparable`` when both sides have at least ``min_n`` requests; only
    comparable services get an interval and enter the overall figure. The point estimates
    come from ``figures`` (all rows); the intervals resample ``samples``, which hold every
    request when a side has at most $cap of them (otherwise a fixed random subset, which
    makes the interval wider, never narrower, than resampling all rows would).

    Returns BeforeAfter(services, overall); services has one row per service with
    service_id, service_name, standard_minutes, n_before, n_after, median_before,
    median_after (minutes), change, ci_low, ci_high (relative), on_standard_before,
    on_standard_after (percent points), comparable; ordered by change, largest fall first.
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES}, not {measure!r}")
    column = f"{measure}_minutes"
    lists = {(r.service_id, r.side): np.asarray(getattr(r, column), dtype=float) for r in samples.itertuples()}
    rows, draws_before, draws_after = [], {}, {}
    for r in figures.itertuples():
        n_before, n_after = int(r.n_before), int(r.n_after)
        comparable = n_before >= min_n and n_after >= min_n
        med_before = float(getattr(r, f"median_{measure}_before"))
        med_after = float(getattr(r, f"median_{measure}_after"))
        low = high = math.nan
        if comparable:
            # one independent stream per service, fixed by the seed and the service id
            rng = np.random.default_rng([seed, zlib.crc32(str(r.service_id).encode())])
            draws_after[r.service_id] = median_draws(lists.get((r.service_id, "after"), []), n_resamples, rng)
            draws_before[r.service_id] = median_draws(lists.get((r.service_id, "before"), []), n_resamples, rng)
            low, high = _interval(_relative(draws_after[r.service_id], draws_before[r.service_id]), confidence)
        rows.append(
            dict(
                service_id=r.service_id,
                service_name=r.service_name,
                standard_minutes=r.standard_minutes,
                n_before=n_before,
                n_after=n_after,
                median_before=med_before,
                median_after=med_after,
                change=float(_relative(med_after, med_before)) if comparable else math.nan,
                ci_low=low,
                ci_high=high,
                on_standard_before=r.on_standard_before,
                on_standard_after=r.on_standard_after,
                comparable=comparable,
            )
        )
    services = pd.DataFrame(
        rows,
        columns=[
            "service_id", "service_name", "standard_minutes", "n_before", "n_after", "median_before",
            "median_after", "change", "ci_low", "ci_high", "on_standard_before", "on_standard_after", "comparable",
        ],
    )  # fmt: skip
    services = services.sort_values(["comparable", "change"], ascending=[False, True], na_position="last")
    return BeforeAfter(
        services.reset_index(drop=True), _overall(services, draws_before, draws_after, weights, confidence)
    )


def _overall(services, draws_before, draws_after, weights, confidence) -> OverallChange:
    usable = services[services["comparable"]]
    if weights is None:
        weights = dict(zip(usable["service_id"], usable["n_before"].astype(float), strict=True))
    weights = {s: float(w) for s, w in weights.items() if s in draws_before and w > 0}
    total = sum(weights.values())
    if not weights or total <= 0:
        return OverallChange(math.nan, math.nan, math.nan, math.nan, math.nan, 0, 0, {})
    weights = {s: w / total for s, w in weights.items()}
    by_id = usable.set_index("service_id")
    before, after, change = fixed_mix_change(by_id["median_before"], by_id["median_after"], weights)
    mix_before = sum(w * draws_before[s] for s, w in weights.items())
    mix_after = sum(w * draws_after[s] for s, w in weights.items())
    low, high = _interval(_relative(mix_after, mix_before), confidence)
    return OverallChange(
        median_before=before,
        median_after=after,
        change=change,
        ci_low=low,
        ci_high=high,
        n_before=int(by_id.loc[list(weights), "n_before"].sum()),
        n_after=int(by_id.loc[list(weights), "n_after"].sum()),
        weights=weights,
    )


# ---------------------------------------------------------------- words


def signed_percent(change: float, lang: str | None = None) -> str:
    """A relative change as a signed whole percentage: -0.62 -> '-62 %', 0.05 -> '+5 %'."""
    if change is None or not math.isfinite(change):
        return "–"
    value = round(change * 100)
    return ("+" if value > 0 else "") + fmt.number(value, 0, lang) + " %"


def change_sentence(row, measure: str, lang: str | None = None) -> str:
    """One plain sentence for one service row of ``before_after(...).services``.

    'Rekomendasi akta kelahiran: median turun dari 2,1 hari kerja menjadi 0,8 hari kerja
    (-62 %, 95 % CI -70 % s.d. -55 %), n = 1.204 / 1.377'. Rows that are not comparable
    say that there were too few requests.
    """
    working = measure == "working"
    counts = dict(nb=fmt.number(row.n_before, lang=lang), na=fmt.number(row.n_after, lang=lang))
    if not row.comparable or not math.isfinite(row.change):
        return t("speed.sentence_too_few", lang=lang, service=row.service_name, **counts)
    rounded = round(row.change * 100)
    verb = "speed.verb_down" if rounded < 0 else "speed.verb_up" if rounded > 0 else "speed.verb_same"
    if math.isfinite(row.ci_low):
        interval = t(
            "speed.ci", lang=lang, low=signed_percent(row.ci_low, lang), high=signed_percent(row.ci_high, lang)
        )
    else:
        interval = t("speed.ci_none", lang=lang)
    return t(
        "speed.sentence",
        lang=lang,
        service=row.service_name,
        verb=t(verb, lang=lang),
        before=fmt.duration(row.median_before, working, lang),
        after=fmt.duration(row.median_after, working, lang),
        change=signed_percent(row.change, lang),
        interval=interval,
        **counts,
    )


def overall_sentence(overall: OverallChange, measure: str, lang: str | None = None) -> str:
    """The fixed-mix overall change in one sentence, naming the mix."""
    if not math.isfinite(overall.change):
        return t("speed.overall_none", lang=lang)
    working = measure == "working"
    rounded = round(overall.change * 100)
    verb = "speed.verb_down" if rounded < 0 else "speed.verb_up" if rounded > 0 else "speed.verb_same"
    interval = (
        t("speed.ci", lang=lang, low=signed_percent(overall.ci_low, lang), high=signed_percent(overall.ci_high, lang))
        if math.isfinite(overall.ci_low)
        else t("speed.ci_none", lang=lang)
    )
    return t(
        "speed.overall_sentence",
        lang=lang,
        verb=t(verb, lang=lang),
        before=fmt.duration(overall.median_before, working, lang),
        after=fmt.duration(overall.median_after, working, lang),
        change=signed_percent(overall.change, lang),
        interval=interval,
        services=fmt.number(len(overall.weights), lang=lang),
        nb=fmt.number(overall.n_before, lang=lang),
        na=fmt.number(overall.n_after, lang=lang),
    )
