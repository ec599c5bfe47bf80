"""The demo store's survey responses (IKM, PermenPANRB 14/2017 elements u1..u9) and the
IKM per unit and semester that the SKP targets of heads draw on."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd

from dashboard.core.periods import semester_of
from dashboard.demo.story import (
    KELURAHAN_IDS,
    KELURAHAN_MIX,
    LAGGING_UNIT,
    LAST_DAY,
    OFFICE_MIX,
    PERIODS,
    POLICY_DATE,
    SEKSI_PELAYANAN,
    STORY,
    UNIT_DEMAND,
)
from dashboard.demo.workdays import _Calendar, period_bounds

# ---------------------------------------------------------------- survey responses

# Mean answer (1..4) per IKM element before the policy; u3 (waktu penyelesaian) is the
# weak spot, u4 (biaya) high because the letters are free.
_IKM_BASE = np.array([3.15, 3.05, 2.78, 3.72, 3.15, 3.10, 3.25, 2.95, 2.85])
SURVEY_UNITS = (SEKSI_PELAYANAN,) + KELURAHAN_IDS


def _policy_effect(unit_id: str, day: dt.date) -> float:
    """Share by which the unit's processing times have fallen on day (negative: risen)."""
    _, improvement, tau = STORY[unit_id]
    return improvement * (1 - math.exp(-max((day - POLICY_DATE).days, 0) / tau))


def _answer_probs(mean: float, sd: float = 0.7) -> np.ndarray:
    """Probabilities of answers 1..4 from a latent normal cut at 1.5/2.5/3.5 whose expected
    answer equals mean (found by bisection)."""
    target = min(max(mean, 1.2), 3.9)

    def probs(mu: float) -> np.ndarray:
        cdf = [0.5 * (1 + math.erf((cut - mu) / (sd * math.sqrt(2)))) for cut in (1.5, 2.5, 3.5)]
        return np.array([cdf[0], cdf[1] - cdf[0], cdf[2] - cdf[1], 1 - cdf[2]])

    lo, hi = -3.0, 8.0
    for _ in range(50):
        mid = (lo + hi) / 2
        if probs(mid) @ np.arange(1, 5) < target:
            lo = mid
        else:
            hi = mid
    return probs((lo + hi) / 2)


def _survey(rng: np.random.Generator, cal: _Calendar) -> tuple[pd.DataFrame, dict[tuple[str, str], float]]:
    """Survey responses per unit and semester, and the IKM of each (unit or 'ALL', period)."""
    unit_offset = {u: rng.normal(0, 0.05, 9) for u in SURVEY_UNITS}
    parts = []
    for period in PERIODS:
        first, last = period_bounds(period)
        share = ((min(last, LAST_DAY) - first).days + 1) / ((last - first).days + 1)
        last = min(last, LAST_DAY)
        lo, hi = cal.index_range(first, last)
        mid = first + (last - first) / 2
        for unit_id in SURVEY_UNITS:
            n = int(np.clip(round((UNIT_DEMAND[unit_id] * 18 + rng.normal(0, 12)) * share), 60, 200))
            effect = _policy_effect(unit_id, mid)
            means = _IKM_BASE + unit_offset[unit_id] + 0.35 * effect + rng.normal(0, 0.03, 9)
            means[2] += 0.95 * effect
            if unit_id == LAGGING_UNIT and first.year == 2026:
                means[[2, 6]] -= (0.12, 0.06)
            answers = {f"u{e + 1}": rng.choice(4, size=n, p=_answer_probs(means[e])) + 1 for e in range(9)}
            shares = OFFICE_MIX.get(unit_id, KELURAHAN_MIX)
            ids = list(shares)
            weights = np.array([shares[s] for s in ids], dtype=np.float64)
            service = np.array(ids, dtype=object)[rng.choice(len(ids), size=n, p=weights / weights.sum())]
            service[rng.random(n) < 0.1] = None
            part = pd.DataFrame(
                {
                    "unit_id": unit_id,
                    "service_id": service,
                    "responded_on": cal.day[rng.integers(lo, hi, n)],
                    **{key: value.astype(np.int8) for key, value in answers.items()},
                }
            )
            parts.append(part)
    frame = pd.concat(parts, ignore_index=True)
    frame = frame.sort_values("responded_on", kind="stable").reset_index(drop=True)
    frame.insert(0, "response_id", [f"R-{i:06d}" for i in range(1, len(frame) + 1)])
    frame["responded_on"] = frame["responded_on"].to_numpy().astype("datetime64[D]")
    frame["period"] = [semester_of(d) for d in frame["responded_on"].dt.date]
    elements = [f"u{e}" for e in range(1, 10)]
    ikm: dict[tuple[str, str], float] = {}
    for (unit_id, period), group in frame.groupby(["unit_id", "period"]):
        ikm[(unit_id, period)] = 25.0 * float(group[elements].mean().mean())
    for period, group in frame.groupby("period"):
        ikm[("ALL", period)] = 25.0 * float(group[elements].mean().mean())
    return frame.drop(columns="period"), ikm
