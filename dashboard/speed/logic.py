"""Processing-speed statistics that are not SQL: the block bootstrap of the median change (requests
resampled by the working day they were received), the mix-standardised overall median (requests
reweighted to one fixed service mix) and the plain-language sentences.

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
    result.overall       # OverallChange: mix-standardised median before/after with its CI
    [speed.change_sentence(row, "working") for row in result.services.itertuples()]
"""

from __future__ import annotations

import datetime as dt
import math
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
#: A side with fewer completed requests is not compared (the public privacy rule uses 10 too).
MIN_N = 10
MEASURES = ("working", "elapsed")
#: A measure -> its wordings: name (a choice), words (inside a sentence), unit (of minutes), axis (hours)
#: and axis_log (hours on a log scale).
MEASURE_KEYS = {
    "working": {
        "name": "speed.measure_working",
        "words": "speed.measure_words_working",
        "unit": "speed.unit_minutes_working",
        "axis": "speed.axis_time_working",
        "axis_log": "speed.axis_hours_working",
    },
    "elapsed": {
        "name": "speed.measure_elapsed",
        "words": "speed.measure_words_elapsed",
        "unit": "speed.unit_minutes_elapsed",
        "axis": "speed.axis_time_elapsed",
        "axis_log": "speed.axis_hours_elapsed",
    },
}
#: A time grain of the trend -> its name.
GRAIN_KEYS = {"month": "speed.grain_month", "semester": "speed.grain_semester"}
#: A request's channel (service_log.channel) -> its name.
CHANNEL_KEYS = {
    "loket": "speed.channel_loket",
    "online": "speed.channel_online",
    "jemput_bola": "speed.channel_jemput_bola",
}
#: An open request's age against its standard (queries/speed_backlog_ageing.sql, bucket) -> its words.
BUCKET_KEYS = {
    "within": "speed.bucket_within",
    "upto_2x": "speed.bucket_upto_2x",
    "upto_5x": "speed.bucket_upto_5x",
    "over_5x": "speed.bucket_over_5x",
    "no_standard": "speed.bucket_no_standard",
}
#: What rework is broken down by (queries/speed_rework.sql, dim) -> its name.
REWORK_BY_KEYS = {"service": "speed.rework_by_service", "unit": "speed.rework_by_unit"}


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
    """The overall change of the mix-standardised median: median_after / median_before - 1.

    The mix-standardised median of a side is the median of its requests reweighted to the fixed
    service mix: each request of service s weighs ``weights[s] / n_s`` (n_s: that side's requests
    of s), so every service counts with its fixed share on both sides and a shift of volume
    between services moves nothing. ``weights`` maps service_id to its fixed weight (shares summing
    to 1): the requests received in the months before the event (one mix for every public figure).
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


def weighted_median(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The median of ``values`` (sorted ascending, length n) under each row of ``weights`` (R x n).

    The 50 % point of the weighted distribution: the first value whose cumulative weight reaches half
    the total, or, when the cumulative weight equals half exactly, the mean of it and the next value
    that carries weight (so that equal or whole-number weights give numpy.median of the values
    repeated that often). NaN where a row's total weight is 0.
    """
    weights = np.atleast_2d(weights)
    n = len(values)
    if n == 0:
        return np.full(len(weights), np.nan)
    cum = np.cumsum(weights, axis=1)
    total = cum[:, -1]
    half = (total / 2.0)[:, None]
    tolerance = 1e-9 * np.maximum(total, 1.0)[:, None]
    first = np.minimum((cum < half - tolerance).sum(axis=1), n - 1)
    exact = (np.abs(np.take_along_axis(cum, first[:, None], axis=1) - half) <= tolerance)[:, 0]
    # the next value that carries weight (a value of weight 0, a day not drawn, is not in the resample)
    second = np.minimum((cum <= half + tolerance).sum(axis=1), n - 1)
    out = np.where(exact, (values[first] + values[second]) / 2.0, values[first])
    return np.where(total > 0, out, np.nan)


@dataclass(frozen=True)
class SideDraws:
    """Block-bootstrap medians of one side: per service (service_id -> R draws) and mix-standardised."""

    services: dict[str, np.ndarray]
    overall: np.ndarray


#: Up to this many resample x request cells a block-bootstrap median weighs every request at once;
#: above it, bisection over the values keeps memory and time at R x days per step. Bisection is the
#: faster of the two from about 50 requests per side at 1.000 resamples (measured: 500 requests 4x,
#: 5.000 requests 18x faster), and both give the same medians (tests/test_fig_time.py).
DIRECT_CELLS = 50_000


class _DayBlocks:
    """One group's durations (sorted) with, per day, how many of them lie at or below each position:
    ``upto[d, k]`` = requests of day d among the k smallest, so that a resample's weight of the values
    up to position k is ``counts[r] @ upto[:, k]``, without an R x n matrix per resample."""

    def __init__(self, values: np.ndarray, day_index: np.ndarray, n_days: int) -> None:
        order = np.argsort(values, kind="stable")
        self.values = values[order]
        self.day = day_index[order]
        ones = np.zeros((n_days, len(values) + 1), dtype=np.int32)
        ones[day_index[order], np.arange(1, len(values) + 1)] = 1
        self.upto = np.cumsum(ones, axis=1, dtype=np.int32)

    def weight_upto(self, counts: np.ndarray, value: np.ndarray) -> np.ndarray:
        """Per resample r: the drawn requests with a duration <= value[r]."""
        position = np.searchsorted(self.values, value, side="right")
        return np.einsum("rd,dr->r", counts, self.upto[:, position], dtype=float)


def _block_median(blocks: list[_DayBlocks], scale: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Per resample, the median of all groups' durations, a request of group g on day d weighing
    ``counts[r, d] * scale[r, g]``: the first value whose weight below reaches half the total, or
    the mean of it and the next value when the weight equals half exactly (weighted_median's rule).
    Found by bisection over the pooled sorted values: about 2 log2(n) steps of R x days each."""
    n = sum(len(b.values) for b in blocks)
    if n * len(counts) <= DIRECT_CELLS:
        # small enough to weigh every request of every resample at once (R x n)
        values = np.concatenate([b.values for b in blocks])
        order = np.argsort(values, kind="stable")
        weights = np.concatenate([counts[:, b.day] * scale[:, g : g + 1] for g, b in enumerate(blocks)], axis=1)
        return weighted_median(values[order], weights[:, order])
    pooled = np.unique(np.concatenate([b.values for b in blocks]))
    total = sum(scale[:, g] * (counts @ b.upto[:, -1]) for g, b in enumerate(blocks))
    half = total / 2.0
    tolerance = 1e-9 * np.maximum(total, 1.0)

    def weight(k: np.ndarray) -> np.ndarray:
        return sum(scale[:, g] * b.weight_upto(counts, pooled[k]) for g, b in enumerate(blocks))

    def first_reaching(target: np.ndarray) -> np.ndarray:
        low, high = np.zeros(len(counts), dtype=np.int64), np.full(len(counts), len(pooled) - 1)
        while (low < high).any():
            middle = (low + high) // 2
            reached = weight(middle) >= target
            high, low = np.where(reached, middle, high), np.where(reached, low, middle + 1)
        return low

    first = first_reaching(half - tolerance)
    exact = np.abs(weight(first) - half) <= tolerance
    second = first_reaching(half + tolerance)
    out = np.where(exact, (pooled[first] + pooled[second]) / 2.0, pooled[first])
    return np.where(total > 0, out, np.nan)


def block_bootstrap_side(
    lists: Mapping[str, tuple[np.ndarray, np.ndarray]],
    mix: Mapping[str, float],
    n_resamples: int,
    rng: np.random.Generator,
) -> SideDraws:
    """Bootstrap medians of one side of the event, resampling whole days (a block bootstrap).

    lists: service_id -> (durations, day of receipt as an integer) of that side.
    mix: service_id -> fixed weight of the services in the mix-standardised median.
    Requests of one day share the officers on duty, the queue and the outages, so they are not
    independent: resampling single requests gives intervals that are too narrow. Each resample
    draws as many days as the side has, with replacement, from the days of all services together
    (``rng.multinomial``), and keeps every request of a drawn day as often as the day was drawn.
    Returns the R medians per service and the R mix-standardised medians (weights[s] / drawn n_s).
    """
    ids = [s for s in lists if len(lists[s][0])]
    if not ids:
        return SideDraws({}, np.full(n_resamples, np.nan))
    unique_days, day_index = np.unique(np.concatenate([np.asarray(lists[s][1]) for s in ids]), return_inverse=True)
    n_days = len(unique_days)
    counts = rng.multinomial(n_days, np.full(n_days, 1.0 / n_days), size=n_resamples).astype(float)
    bounds = np.cumsum([0] + [len(lists[s][0]) for s in ids])
    blocks = [
        _DayBlocks(np.asarray(lists[s][0], dtype=float), day_index[bounds[i] : bounds[i + 1]], n_days)
        for i, s in enumerate(ids)
    ]
    one = np.ones((n_resamples, 1))
    per_service = {s: _block_median([b], one, counts) for s, b in zip(ids, blocks, strict=True)}
    mixed = [(b, float(mix.get(s, 0.0))) for s, b in zip(ids, blocks, strict=True) if mix.get(s, 0.0) > 0]
    if not mixed:
        return SideDraws(per_service, np.full(n_resamples, np.nan))
    drawn = np.stack([counts @ b.upto[:, -1] for b, _ in mixed], axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.where(drawn > 0, np.array([w for _, w in mixed]) / drawn, 0.0)
    return SideDraws(per_service, _block_median([b for b, _ in mixed], scale, counts))


def mix_standardised_median(lists: Mapping[str, np.ndarray], mix: Mapping[str, float]) -> float:
    """The median of all requests, each of service s weighing mix[s] / n_s (see OverallChange)."""
    ids = [s for s in mix if s in lists and len(lists[s]) and mix[s] > 0]
    if not ids:
        return math.nan
    values = np.concatenate([np.asarray(lists[s], dtype=float) for s in ids])
    weights = np.concatenate([np.full(len(lists[s]), mix[s] / len(lists[s])) for s in ids])
    order = np.argsort(values, kind="stable")
    return float(weighted_median(values[order], weights[order][None, :])[0])


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
    """Per-service change of the median with a block-bootstrap CI, and the mix-standardised overall.

    figures: the result of query ``before_after_by_service`` (medians on all rows).
    samples: the result of query ``before_after_samples`` (lists of durations and days per side;
        without a ``days`` column every request is its own block).
    measure: 'working' (working minutes) or 'elapsed' (elapsed minutes).
    weights: the fixed service mix (service_id -> weight); default the requests received in the
        before window (n_received_before, else n_before) of the comparable services.

    A service is ``comparable`` when both sides have at least ``min_n`` requests; only
    comparable services get an interval and enter the overall figure. The point estimates
    come from ``figures`` (all rows); the intervals resample whole days of ``samples``
    (block_bootstrap_side), which hold every request when a side has at most $cap of them
    (otherwise a fixed random subset, which makes the interval wider, never narrower).

    Returns BeforeAfter(services, overall); services has one row per service with
    service_id, service_name, standard_minutes, n_before, n_after, median_before,
    median_after (minutes), change, ci_low, ci_high (relative), on_standard_before,
    on_standard_after (percent points), comparable; ordered by change, largest fall first.
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES}, not {measure!r}")
    column = f"{measure}_minutes"
    lists = {}
    for r in samples.itertuples():
        values = np.asarray(getattr(r, column), dtype=float)
        days = np.asarray(r.days) if hasattr(r, "days") else np.arange(len(values))
        lists[(r.service_id, r.side)] = (values, days)
    comparable_ids = [
        r.service_id for r in figures.itertuples() if int(r.n_before) >= min_n and int(r.n_after) >= min_n
    ]
    if weights is None:
        volume = "n_received_before" if "n_received_before" in figures.columns else "n_before"
        weights = dict(zip(figures["service_id"], figures[volume].astype(float), strict=True))
    mix = {s: float(weights[s]) for s in comparable_ids if weights.get(s, 0) > 0}
    total = sum(mix.values())
    mix = {s: w / total for s, w in mix.items()} if total > 0 else {}
    draws = {}
    for index, side in enumerate(("before", "after")):
        side_lists = {s: lists.get((s, side), (np.array([]), np.array([]))) for s in comparable_ids}
        rng = np.random.default_rng([seed, index])
        draws[side] = block_bootstrap_side(side_lists, mix, n_resamples, rng)
    rows = []
    for r in figures.itertuples():
        n_before, n_after = int(r.n_before), int(r.n_after)
        comparable = r.service_id in draws["before"].services
        med_before = float(getattr(r, f"median_{measure}_before"))
        med_after = float(getattr(r, f"median_{measure}_after"))
        low = high = math.nan
        if comparable:
            relative = _relative(draws["after"].services[r.service_id], draws["before"].services[r.service_id])
            low, high = _interval(relative, confidence)
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
    return BeforeAfter(services.reset_index(drop=True), _overall(services, lists, draws, mix, confidence))


def _overall(services, lists, draws, mix, confidence) -> OverallChange:
    if not mix:
        return OverallChange(math.nan, math.nan, math.nan, math.nan, math.nan, 0, 0, {})
    by_id = services.set_index("service_id")
    before = mix_standardised_median({s: lists[(s, "before")][0] for s in mix if (s, "before") in lists}, mix)
    after = mix_standardised_median({s: lists[(s, "after")][0] for s in mix if (s, "after") in lists}, mix)
    low, high = _interval(_relative(draws["after"].overall, draws["before"].overall), confidence)
    return OverallChange(
        median_before=before,
        median_after=after,
        change=float(_relative(after, before)),
        ci_low=low,
        ci_high=high,
        n_before=int(by_id.loc[list(mix), "n_before"].sum()),
        n_after=int(by_id.loc[list(mix), "n_after"].sum()),
        weights=mix,
    )


# ---------------------------------------------------------------- what a window can say


def _date(value) -> dt.date:
    return pd.Timestamp(value).date()


def period_notes(headline_row, date_to: dt.date, lang: str | None = None) -> list[str]:
    """What the medians of one period cannot say yet (a row of query ``speed_headline``).

    A period ending after the last time in the store is still running: its median and p90 are
    not final. Its open requests are not in the times; those already past their standard count
    as misses in the share. Returns [] for a settled period without open requests.
    """
    notes = []
    data_end = pd.Timestamp(headline_row["data_end"])
    open_n, missed = int(headline_row["still_open"]), int(headline_row["open_missed"])
    if pd.notna(data_end) and data_end < pd.Timestamp(date_to):
        notes.append(t("speed.period_running", lang=lang, data_end=fmt.date(data_end.date(), lang)))
    if open_n:
        notes.append(
            t("speed.window_open", lang=lang, n=fmt.number(open_n, lang=lang), missed=fmt.number(missed, lang=lang))
        )
    return notes


def window_notes(
    figures: pd.DataFrame, events: pd.DataFrame, event_date: dt.date, lang: str | None = None
) -> list[str]:
    """The caveats of one before/after comparison, as sentences.

    figures: the result of query ``before_after_by_service`` (its window_before_from,
    window_after_to, data_end and open-request columns). events: query ``policy_events``.
    Says, in this order: that the after window is still running (it ends after the last time in
    the store: its median and p90 are not final), how many requests of the windows are still open
    (left out of the times; those past their standard counted as misses), which other policy events
    fall inside the windows, and always that a before/after change is not proof of cause.
    """
    notes = []
    if not figures.empty:
        first = figures.iloc[0]
        before_from, after_to = _date(first["window_before_from"]), _date(first["window_after_to"])
        data_end = pd.Timestamp(first["data_end"])
        if pd.notna(data_end) and data_end < pd.Timestamp(after_to):
            notes.append(
                t(
                    "speed.window_running",
                    lang=lang,
                    data_end=fmt.date(data_end.date(), lang),
                    window_end=fmt.date(after_to - dt.timedelta(days=1), lang),
                )
            )
        still_open = int(figures["n_open_before"].sum() + figures["n_open_after"].sum())
        if still_open:
            missed = int(figures["n_open_missed_before"].sum() + figures["n_open_missed_after"].sum())
            notes.append(
                t(
                    "speed.window_open",
                    lang=lang,
                    n=fmt.number(still_open, lang=lang),
                    missed=fmt.number(missed, lang=lang),
                )
            )
        others = [
            f"{r.label} ({fmt.date(_date(r.event_date), lang)})"
            for r in events.itertuples()
            if before_from <= _date(r.event_date) < after_to and _date(r.event_date) != event_date
        ]
        if others:
            notes.append(t("speed.window_other_events", lang=lang, events="; ".join(others)))
    notes.append(t("speed.not_causal", lang=lang))
    return notes


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
