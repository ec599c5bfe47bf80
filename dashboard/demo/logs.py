"""The demo store's service logs: a vectorised generator over the working-minute axis of
the office calendar, drawn and inserted in chunks of whole days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd

from dashboard.demo.staff import Employee
from dashboard.demo.story import (
    AS_OF,
    FIRST_DAY,
    JEMPUT_BOLA,
    KELURAHAN_MIX,
    LAGGING_UNIT,
    LAST_DAY,
    OFFICE_MIX,
    ONLINE_DATE,
    POLICY_DATE,
    SERVICE_IDS,
    SERVICE_UNITS,
    STANDARD_MINUTES,
    STORY,
    UNIT_DEMAND,
)
from dashboard.demo.workdays import US_PER_DAY, _Calendar, _months_of, _ord, _years_of

#: Service logs are generated and inserted in chunks of about this many rows.
CHUNK_ROWS = 1_000_000


# ---------------------------------------------------------------- service logs


@dataclass
class _LogModel:
    """Everything the vectorised log generator needs, as arrays indexed by serving unit."""

    cal: _Calendar
    work_lo: int
    work_hi: int
    day_weight: np.ndarray  # per working day in range, relative demand
    unit_cum: np.ndarray
    mix_cum: np.ndarray  # (units, services) cumulative demand
    m0: np.ndarray
    improvement: np.ndarray
    tau: np.ndarray
    jemput: np.ndarray
    lagging: int
    handlers: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]  # emp index, weight, start, end
    nips: list[str]
    speed: np.ndarray  # per employee, with a trailing 1.0 for "no handler" (index -1)
    profile_cdf: np.ndarray  # (7, bins) cumulative arrival profile over the open hours
    id_width: int


_WEEKDAY_DEMAND = np.array([1.35, 1.1, 1.0, 0.95, 0.75, 0.6, 0.5])
_MONTH_DEMAND = np.array([1.0, 0.95, 1.0, 0.95, 1.05, 1.2, 1.15, 0.95, 0.95, 1.0, 1.0, 0.85])
_PROFILE_BINS = 96


def _arrival_profile(open_min: int, close_min: int) -> np.ndarray:
    """Cumulative arrival distribution over the open hours for each weekday (0 = Monday):
    a late-morning peak, a lunch dip, Monday mornings busiest, Friday prayers and a quiet
    Friday afternoon."""
    clock = open_min + (np.arange(_PROFILE_BINS) + 0.5) * (close_min - open_min) / _PROFILE_BINS
    hour = clock / 60.0
    base = np.interp(
        hour,
        [7, 8, 9, 10, 11, 12, 12.5, 13, 14, 15, 16, 17],
        [0.5, 0.8, 1.35, 1.5, 1.25, 0.55, 0.5, 0.9, 0.85, 0.6, 0.35, 0.2],
    )
    cdf = np.empty((7, _PROFILE_BINS))
    for weekday in range(7):
        w = base.copy()
        if weekday == 0:
            w = np.where(hour < 12, w * 1.35, w)
        if weekday == 4:
            w = np.where((hour >= 11.25) & (hour < 13), w * 0.3, w)
            w = np.where(hour >= 13, w * 0.6, w)
        cdf[weekday] = np.cumsum(w) / w.sum()
    return cdf


def _log_model(cal: _Calendar, people: list[Employee], n_logs: int) -> _LogModel:
    """Demand per working day, per unit and per service, the story's parameters and the
    handlers of each serving unit, for n_logs logs."""
    lo, hi = cal.index_range(FIRST_DAY, LAST_DAY)
    days = cal.day[lo:hi]
    weekday = (days + 3) % 7  # 1970-01-01 was a Thursday
    years = _years_of(days)
    weight = _WEEKDAY_DEMAND[weekday] * _MONTH_DEMAND[_months_of(days)] * (1 + 0.04 * (years - 2023))
    for lebaran in cal.lebaran:
        # After Lebaran people move house, renew KTP-el and start new jobs.
        weight = np.where((days > lebaran) & (days <= lebaran + 30), weight * 1.35, weight)
    units = SERVICE_UNITS
    demand = np.array([UNIT_DEMAND[u] for u in units])
    mix = np.zeros((len(units), len(SERVICE_IDS)))
    for i, unit_id in enumerate(units):
        shares = OFFICE_MIX.get(unit_id, KELURAHAN_MIX)
        for service_id, share in shares.items():
            mix[i, SERVICE_IDS.index(service_id)] = share
    handlers = []
    for unit_id in units:
        idx = [i for i, p in enumerate(people) if p.unit_id == unit_id and p.post.handles > 0]
        moved = [i for i, p in enumerate(people) if p.moved_to and p.moved_to[0] == unit_id and p.post.handles > 0]
        handlers.append(
            (
                np.array(idx + moved, dtype=np.int64),
                np.array([people[i].post.handles for i in idx + moved]),
                np.array(
                    [_ord(people[i].start) for i in idx] + [_ord(people[i].moved_to[1]) for i in moved], dtype=np.int64
                ),
                np.array(
                    [_ord(people[i].end) if people[i].end else 10**7 for i in idx] + [10**7] * len(moved),
                    dtype=np.int64,
                ),
            )
        )
    yearly = max(1, int(n_logs * 0.3))  # the busiest year holds well under 30 % of the logs
    return _LogModel(
        cal=cal,
        work_lo=lo,
        work_hi=hi,
        day_weight=weight,
        unit_cum=np.cumsum(demand),
        mix_cum=np.cumsum(mix, axis=1),
        m0=np.array([STORY[u][0] for u in units]),
        improvement=np.array([STORY[u][1] for u in units]),
        tau=np.array([STORY[u][2] for u in units], dtype=np.float64),
        jemput=np.array([JEMPUT_BOLA[u] for u in units]),
        lagging=units.index(LAGGING_UNIT),
        handlers=handlers,
        nips=[p.nip for p in people],
        speed=np.append(np.array([p.speed for p in people]), 1.0),
        profile_cdf=_arrival_profile(int(cal.open_min[lo]), int(cal.close_min[lo])),
        id_width=max(6, len(str(yearly))),
    )


def _pick_weighted(rng: np.random.Generator, cum: np.ndarray, n: int) -> np.ndarray:
    """Indices drawn with probabilities given by the cumulative (unnormalised) weights cum."""
    return np.searchsorted(cum, rng.random(n) * cum[-1], side="right")


def _log_chunk(rng: np.random.Generator, model: _LogModel, k: np.ndarray, seq_start: dict[int, int]) -> pd.DataFrame:
    """Service logs for the working-day indices k (one entry per log, sorted), as a frame
    ready for insertion; seq_start carries the per-year request numbers across chunks."""
    cal, n = model.cal, len(k)
    day = cal.day[k]
    weekday = (day + 3) % 7
    unit = np.minimum(_pick_weighted(rng, model.unit_cum, n), len(SERVICE_UNITS) - 1)
    cum = model.mix_cum[unit]
    service = (rng.random(n)[:, None] * cum[:, -1:] >= cum).sum(axis=1)

    # Arrival time: a draw from the weekday's profile, to the second.
    window_sec = (cal.close_min[k] - cal.open_min[k]) * 60
    u = rng.random(n)
    bins = np.empty(n, dtype=np.int64)
    for wd in range(7):
        mask = weekday == wd
        if mask.any():
            bins[mask] = np.searchsorted(model.profile_cdf[wd], u[mask], side="right")
    bins = np.minimum(bins, _PROFILE_BINS - 1)
    offset = ((bins + rng.random(n)) * window_sec / _PROFILE_BINS).astype(np.int64)
    offset = np.minimum(offset, window_sec - 1)
    received_us = day * US_PER_DAY + cal.open_min[k] * 60_000_000 + offset * 1_000_000
    received_idx = cal.cum_sec[k] + offset

    # Handler: a staff member of the unit in post that day, weighted by post.
    handler = np.full(n, -1, dtype=np.int64)
    for i, (emp, weight, start, end) in enumerate(model.handlers):
        mask = unit == i
        if not mask.any() or len(emp) == 0:
            continue
        d = day[mask][:, None]
        cw = np.cumsum(((start[None, :] <= d) & (d <= end[None, :])) * weight[None, :], axis=1)
        r = rng.random(int(mask.sum())) * cw[:, -1]
        pick = np.minimum((r[:, None] >= cw).sum(axis=1), len(emp) - 1)
        handler[mask] = np.where(cw[:, -1] > 0, emp[pick], -1)
    handler[rng.random(n) < 0.03] = -1

    # Working minutes needed: the unit's story, the person's speed, a lognormal spread,
    # a long tail, busy days slower, and rework.
    since_policy = np.maximum(day - _ord(POLICY_DATE), 0)
    taken = 1 - np.exp(-since_policy / model.tau[unit])
    effect = model.improvement[unit] * taken
    in_2026 = np.clip((day - _ord(dt.date(2026, 1, 1))) / 330, 0, 1)
    drift = np.where(unit == model.lagging, 1 + 0.25 * in_2026, 1.0)
    load = (model.day_weight[k - model.work_lo] / model.day_weight.mean()) ** 0.3
    standard = STANDARD_MINUTES[service]
    minutes = standard * model.m0[unit] * (1 - effect) * drift * load * model.speed[handler]
    minutes *= np.exp(0.7 * rng.standard_normal(n))
    minutes *= np.where(rng.random(n) < 0.03, np.exp(rng.uniform(1.0, 3.0, n)), 1.0)
    improving = model.improvement[unit] > 0
    rework_scale = np.where(improving, 1 - 0.55 * taken, 1 + 0.2 * taken)
    r = rng.random(n)
    rework = (
        (r < 0.008 * rework_scale).astype(np.int32) + (r < 0.033 * rework_scale) + (r < 0.118 * rework_scale)
    ).astype(np.int32)
    # Each return for correction costs another round of work plus the citizen's trip back.
    minutes += rework * (standard * 0.5 * rng.lognormal(0, 0.5, n) + rng.uniform(120, 960, n))

    s = rng.random(n)
    status = np.where(s < 0.02, 2, np.where(s < 0.03, 3, 0))  # 0 selesai, 2 ditolak, 3 batal
    minutes *= np.where(status == 2, 0.6, np.where(status == 3, 0.5, 1.0))
    work_sec = np.maximum(np.round(minutes * 60), 60).astype(np.int64)

    # Completion: walk the working-minute axis of the calendar, then back to a clock time.
    completed_idx = received_idx + work_sec
    kc = np.searchsorted(cal.cum_sec, completed_idx, side="right") - 1
    completed_us = (
        cal.day[kc] * US_PER_DAY + cal.open_min[kc] * 60_000_000 + (completed_idx - cal.cum_sec[kc]) * 1_000_000
    )
    # Still open on AS_OF, or stuck: the lagging unit's growing pile in 2026, and a
    # handful of forgotten files elsewhere.
    stuck_p = np.where(unit == model.lagging, 0.02 + 0.12 * in_2026, 0.0004) * (day >= _ord(dt.date(2026, 1, 1)))
    still_open = (completed_us >= _ord(AS_OF) * US_PER_DAY) | (rng.random(n) < stuck_p)
    status = np.where(still_open, 1, status)
    nat = np.iinfo(np.int64).min
    completed_us = np.where(still_open, nat, completed_us)

    # Channel: online grows after the policy and jumps with the application in 2025.
    t_policy = (day - _ord(POLICY_DATE)) / 184
    t_online = (day - _ord(ONLINE_DATE)) / 700
    online_p = np.where(
        day < _ord(POLICY_DATE),
        0.015,
        np.where(
            day < _ord(ONLINE_DATE), 0.015 + 0.05 * np.clip(t_policy, 0, 1), 0.18 + 0.17 * np.clip(t_online, 0, 1)
        ),
    )
    c = rng.random(n)
    jemput = model.jemput[unit]
    channel = np.where(c < 0.02, -1, np.where(c < 0.02 + online_p, 1, np.where(c < 0.02 + online_p + jemput, 2, 0)))
    due_days = np.ceil(standard / 480).astype(np.int64)
    due_us = np.where(channel == 1, received_us + due_days * US_PER_DAY, nat)

    order = np.argsort(received_us, kind="stable")
    received_us, completed_us, due_us = received_us[order], completed_us[order], due_us[order]
    year = _years_of(received_us[...] // US_PER_DAY)
    seq = np.empty(n, dtype=np.int64)
    for y in np.unique(year):
        mask = year == y
        start = seq_start.get(int(y), 0)
        seq[mask] = start + 1 + np.arange(int(mask.sum()))
        seq_start[int(y)] = start + int(mask.sum())
    return pd.DataFrame(
        {
            "yr": year.astype(np.int32),
            "seq": seq,
            "service_id": pd.Categorical.from_codes(service[order], categories=SERVICE_IDS),
            "unit_id": pd.Categorical.from_codes(unit[order], categories=SERVICE_UNITS),
            "handled_by": pd.Categorical.from_codes(handler[order], categories=model.nips),
            "channel": pd.Categorical.from_codes(channel[order], categories=["loket", "online", "jemput_bola"]),
            "received_at": received_us.view("datetime64[us]"),
            "completed_at": completed_us.view("datetime64[us]"),
            "due_at": due_us.view("datetime64[us]"),
            "status": pd.Categorical.from_codes(status[order], categories=["selesai", "proses", "ditolak", "batal"]),
            "rework_count": rework[order],
        }
    )


_INSERT_LOGS = """
insert into service_logs by name
select 'GJM-' || yr || '-' || lpad(cast(seq as varchar), $width, '0') as request_id,
       service_id, unit_id, handled_by, channel, received_at, completed_at, due_at, status, rework_count
from log_frame
"""


def _thousands(n: int) -> str:
    """12.345.678: the Indonesian thousands separator."""
    return f"{n:,}".replace(",", ".")


def _load_logs(
    con: duckdb.DuckDBPyConnection, rng: np.random.Generator, model: _LogModel, n_logs: int, report: Callable
) -> None:
    """Draw n_logs arrivals over the working days and insert them chunk by chunk, in time order."""
    p = model.day_weight / model.day_weight.sum()
    per_day = rng.multinomial(n_logs, p)
    chunk_of_day = (np.cumsum(per_day) - per_day) // CHUNK_ROWS
    chunks = np.unique(chunk_of_day)
    seq_start: dict[int, int] = {}
    for i, chunk in enumerate(chunks):
        days = np.nonzero(chunk_of_day == chunk)[0]
        k = np.repeat(days + model.work_lo, per_day[days])
        if len(k) == 0:
            continue
        frame = _log_chunk(rng, model, k, seq_start)
        con.register("log_frame", frame)
        con.execute(_INSERT_LOGS, {"width": model.id_width})
        con.unregister("log_frame")
        del frame
        report(
            0.05 + 0.75 * (i + 1) / len(chunks),
            f"Log layanan {_thousands(min(int(per_day[: days[-1] + 1].sum()), n_logs))} / {_thousands(n_logs)}",
        )
