"""The demo store's SKP targets and realisations (typed, or computed from the loaded
service logs) and the appraisals: predikat per organisation within the kurva distribusi,
ratings, feedback and recommendations."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd

from dashboard.demo.staff import Employee, _evaluated
from dashboard.demo.story import (
    APPRAISED_PERIODS,
    CAMAT_NIP,
    EVIDENCE,
    FEEDBACK,
    FRONTLINE_TEMPLATES,
    HEAD_ROLES,
    KECAMATAN,
    KELURAHAN_IDS,
    KURVA_BREAK,
    LAGGING_UNIT,
    LAST_DAY,
    ORG_RATING_EXCEPTIONS,
    PERIODS,
    POLICY_DATE,
    RECOMMENDATION,
    ROLE_TEMPLATES,
    RUNNING_PERIOD,
    SERVICE_NAMES,
    UNIT_NAMES,
)
from dashboard.demo.workdays import _Calendar, period_bounds

# ---------------------------------------------------------------- SKP targets

_PERSON_METRICS_SQL = """
select handled_by as nip, period, service_id,
       count(*) filter (where status = 'selesai') as selesai,
       100.0 * count(*) filter (where status = 'selesai' and on_standard)
           / nullif(count(*) filter (where status = 'selesai'), 0) as pct_std,
       100.0 * count(*) filter (where status = 'selesai' and rework_count = 0)
           / nullif(count(*) filter (where status = 'selesai'), 0) as pct_no_rework,
       median(working_minutes) filter (where status = 'selesai') / 60.0 as median_hours
from service_logs_timed
where handled_by is not null
group by grouping sets ((handled_by, period, service_id), (handled_by, period))
"""
_UNIT_METRICS_SQL = """
select unit_id, period, 100.0 * avg(case when on_standard then 1.0 else 0.0 end) as pct_std
from service_logs_timed
where status = 'selesai'
group by grouping sets ((unit_id, period), (period))
"""

MetricKey = tuple[str, str, str | None]


def _service_metrics(con: duckdb.DuckDBPyConnection) -> tuple[dict[MetricKey, tuple], dict[tuple[str, str], float]]:
    """Per person (and service) and per unit figures from the loaded logs, as the
    skp_source_metrics define them: completed = status 'selesai', by received period."""
    person = {(nip, period, svc): rest for nip, period, svc, *rest in con.execute(_PERSON_METRICS_SQL).fetchall()}
    unit = {(u or "ALL", period): pct for u, period, pct in con.execute(_UNIT_METRICS_SQL).fetchall()}
    return person, unit


def _nice(value: float) -> float:
    """A target as people write it: tens above 100, fives above 20."""
    if value >= 100:
        return float(max(10, round(value / 10) * 10))
    if value >= 20:
        return float(round(value / 5) * 5)
    return float(max(1, round(value)))


@dataclass
class _SkpContext:
    rng: np.random.Generator
    person_metrics: dict
    unit_std: dict
    ikm: dict
    by_service: dict | None = None

    def __post_init__(self) -> None:
        # (nip, period) -> [(service_id, metrics)], sorted so ties resolve the same way every run.
        self.by_service = {}
        for (nip, period, service), metrics in sorted(self.person_metrics.items(), key=lambda kv: str(kv[0])):
            if service is not None:
                self.by_service.setdefault((nip, period), []).append((service, metrics))


def _typed(rng: np.random.Generator, kind: str, param, perf: float) -> tuple[float, float]:
    """(target, realisation) of a typed aspect; perf shifts the realisation."""
    if kind == "count":
        target = float(param if isinstance(param, int) else rng.integers(param[0], param[1] + 1))
        target = _nice(target) if target > 20 else target
        if target <= 6:
            real = target + (rng.random() < 0.08) - (rng.random() < 0.08 + max(0.0, -perf) * 3)
            return target, float(max(real, 0))
        return target, float(round(target * np.clip(rng.normal(1 + perf, 0.07), 0.5, 1.35)))
    if kind == "pct":
        return float(param), round(min(100.0, param * float(np.clip(rng.normal(1 + perf / 2, 0.03), 0.7, 1.08))), 1)
    if kind == "score":
        return float(param), float(round(min(100.0, param * float(np.clip(rng.normal(1 + perf / 2, 0.04), 0.7, 1.12)))))
    if kind == "months":
        r = rng.random()
        return float(param), float(param - 1 if r < 0.1 else param + 1 if r < 0.18 + max(0.0, -perf) * 2 else param)
    if kind in ("days", "hours"):
        real = param * rng.uniform(0.55, 1.15) * (1 - 2 * perf)
        return float(param), float(max(1, round(real))) if kind == "days" else round(max(0.5, real), 1)
    if kind == "rp":
        target = float(rng.integers(param[0], param[1] + 1)) * 1_000_000
        return target, float(round(target * rng.uniform(0.62, 1.0), -3))
    raise ValueError(f"unknown aspect kind {kind}")


def _skp_targets(ctx: _SkpContext, people: list[Employee]) -> pd.DataFrame:
    """SKP targets (3-5 indicators of 2-4 aspects) per person per semester; front-line
    staff have targets linked to their service logs."""
    rng = ctx.rng
    rows = []
    for person in people:
        for period in PERIODS:
            if not _evaluated(person, period):
                continue
            running = period == RUNNING_PERIOD
            after_policy = period_bounds(period)[0] >= POLICY_DATE
            perf = person.diligence + rng.normal(0, 0.03)
            if person.unit_id == LAGGING_UNIT and after_policy:
                perf -= 0.05
            if person.role == "frontline":
                templates = FRONTLINE_TEMPLATES
                fixed, optional = [0, 1], [2, 3, 4, 5]
            else:
                templates = ROLE_TEMPLATES[person.role]
                fixed, optional = [0], list(range(1, len(templates)))
            k = int(rng.integers(3, min(5, len(templates)) + 1))
            chosen = sorted(fixed + list(rng.choice(optional, size=k - len(fixed), replace=False)))
            own = ctx.person_metrics.get((person.nip, period, None))
            linked = own is not None and (own[0] or 0) >= 20
            top_service = None
            if linked:
                candidates = [(m[0], svc) for svc, m in ctx.by_service.get((person.nip, period), []) if m[0] >= 20]
                top_service = max(candidates)[1] if candidates else None
            if top_service is None and 2 in chosen and person.role == "frontline":
                chosen = sorted(set(chosen) - {2} | {int(rng.choice([3, 4, 5]))})
                chosen = chosen if len(chosen) >= 3 else sorted(set(chosen) | {3, 4})
            unit_label = UNIT_NAMES[person.unit_id] if person.unit_id in KELURAHAN_IDS else "Kecamatan Gajahmungkur"
            number = 0
            for t in chosen:
                text, aspects = templates[t]
                indicator = text.format(unit=unit_label, service=SERVICE_NAMES.get(top_service or "", ""))
                for aspect, measure_unit, kind, param in aspects:
                    number += 1
                    target, real, metric, service = _aspect(
                        ctx, person, period, kind, param, perf, linked, top_service, after_policy, running
                    )
                    rows.append(
                        {
                            "target_id": f"T-{person.nip}-{period}-{number}",
                            "nip": person.nip,
                            "period": period,
                            "indicator": indicator,
                            "aspect": aspect,
                            "target_value": target,
                            "measure_unit": measure_unit,
                            "realization_value": None if running else real,
                            "evidence": None
                            if running or rng.random() < 0.1
                            else ("Rekap register layanan (aplikasi)" if metric else str(rng.choice(EVIDENCE))),
                            "source_metric": metric,
                            "source_service_id": service,
                        }
                    )
    return pd.DataFrame(rows)


def _aspect(
    ctx: _SkpContext,
    person: Employee,
    period: str,
    kind: str,
    param,
    perf: float,
    linked: bool,
    top_service: str | None,
    after_policy: bool,
    running: bool,
) -> tuple[float, float | None, str | None, str | None]:
    """(target, realisation, source_metric, source_service_id) of one aspect."""
    rng = ctx.rng
    lagging = person.unit_id == LAGGING_UNIT and after_policy
    if kind.startswith("m_") and not linked:
        # Too few requests of one's own to measure: a typed target of the same meaning.
        kind, param = {
            "m_selesai": ("count", (100, 400)),
            "m_selesai_svc": ("count", (50, 200)),
            "m_norework": ("pct", 90),
            "m_std": ("pct", 85 if after_policy else 80),
            "m_median": ("hours", 2),
        }[kind]
    if kind in ("unit_std", "ikm"):
        key = ("ALL" if person.role == "camat" else person.unit_id, period)
        source = ctx.unit_std if kind == "unit_std" else ctx.ikm
        if key not in source:
            return _typed(rng, "pct", 85, perf) + (None, None)
        target = (85.0 if after_policy else 75.0) if kind == "unit_std" else (85.0 if after_policy else 80.0)
        return target, round(float(source[key]), 2), None, None
    if not kind.startswith("m_"):
        return _typed(rng, kind, param, perf) + (None, None)

    service = top_service if kind == "m_selesai_svc" else None
    selesai, pct_std, pct_no_rework, median_hours = ctx.person_metrics[(person.nip, period, service)]
    elapsed = 1.0
    if running:
        first, last = period_bounds(period)
        elapsed = ((LAST_DAY - first).days + 1) / ((last - first).days + 1)
    if kind in ("m_selesai", "m_selesai_svc"):
        metric, actual = "layanan_selesai", float(selesai)
        factor = rng.uniform(1.1, 1.3) if lagging else rng.normal(1.0, 0.08)
        target = _nice(actual / elapsed * factor)
    elif kind == "m_norework":
        metric, actual, target = "persen_tanpa_perbaikan", round(float(pct_no_rework), 2), float(param)
    elif kind == "m_std":
        metric, actual, target = "persen_sesuai_standar", round(float(pct_std), 2), 85.0 if after_policy else 80.0
    else:
        metric, actual = "median_jam_kerja", max(round(float(median_hours), 2), 0.01)
        target = max(round(actual * (rng.uniform(0.6, 0.85) if lagging else rng.uniform(0.95, 1.3)), 2), 0.05)
    real = actual
    if not running and rng.random() < 0.05:
        # Typed by hand and not matching the logs, as happens in real SKP files.
        real = round(actual * float(rng.choice([0.8, 0.9, 1.1, 1.2])), 0 if metric == "layanan_selesai" else 2)
        if metric.startswith("persen"):
            real = min(real, 100.0)
        if real == actual:
            real = actual + 1
    return float(target), float(real), metric, service


# ---------------------------------------------------------------- appraisals

_PAIRS = {
    "Sangat Baik": [(("di_atas", "di_atas"), 1.0)],
    "Baik": [(("sesuai", "sesuai"), 0.82), (("sesuai", "di_atas"), 0.14), (("di_atas", "sesuai"), 0.04)],
    "Butuh Perbaikan": [(("di_bawah", "sesuai"), 0.85), (("di_bawah", "di_atas"), 0.15)],
    "Kurang/Misconduct": [(("sesuai", "di_bawah"), 0.8), (("di_atas", "di_bawah"), 0.2)],
    "Sangat Kurang": [(("di_bawah", "di_bawah"), 1.0)],
}
_MATRIX = {
    ("di_atas", "di_atas"): "Sangat Baik",
    ("di_atas", "sesuai"): "Baik",
    ("sesuai", "di_atas"): "Baik",
    ("sesuai", "sesuai"): "Baik",
    ("di_atas", "di_bawah"): "Kurang/Misconduct",
    ("sesuai", "di_bawah"): "Kurang/Misconduct",
    ("di_bawah", "di_atas"): "Butuh Perbaikan",
    ("di_bawah", "sesuai"): "Butuh Perbaikan",
    ("di_bawah", "di_bawah"): "Sangat Kurang",
}
_WRONG_RECORD = {
    "Sangat Baik": "Baik",
    "Baik": "Sangat Baik",
    "Butuh Perbaikan": "Baik",
    "Kurang/Misconduct": "Baik",
    "Sangat Kurang": "Butuh Perbaikan",
}


def org_rating(unit_id: str, period: str) -> str:
    """The demo's organisation predikat of unit_id in period."""
    return ORG_RATING_EXCEPTIONS.get((unit_id, period), "baik")


def _assign_predikat(rng: np.random.Generator, ranked: list[Employee], org: str, unit_id: str, period: str) -> dict:
    """Predikat per nip for one organisation and semester, best-ranked first, so that the
    share of each predikat stays within the kurva distribusi of org (except KURVA_BREAK)."""
    n = len(ranked)
    result: dict[str, str] = {}
    lagging = unit_id == LAGGING_UNIT and period_bounds(period)[0] >= POLICY_DATE
    if (unit_id, period) == KURVA_BREAK:
        # The lurah is rated down by the camat; the lurah in turn rates two weak staff
        # members Sangat Baik: too many Sangat Baik, too few Butuh Perbaikan.
        staff = [p for p in ranked if p.role != "lurah"]
        for p in ranked:
            result[p.nip] = "Baik"
        for p in staff[-2:]:
            result[p.nip] = "Sangat Baik"
        for p in [p for p in ranked if p.role == "lurah"] + staff[-3:-2]:
            result[p.nip] = "Butuh Perbaikan"
        return result
    if org == "butuh_perbaikan":
        n_bad = math.ceil(round(0.6 * n, 9))
        lurah_first = sorted(ranked, key=lambda p: p.role != "lurah")
        bad = set(p.nip for p in lurah_first[:1]) | {p.nip for p in ranked[::-1][: n_bad - 1]}
        extra = [p for p in ranked[::-1] if p.nip not in bad]
        while len(bad) < n_bad:
            bad.add(extra.pop(0).nip)
        return {p.nip: "Butuh Perbaikan" if p.nip in bad else "Baik" for p in ranked}
    n_sb = max(1, round(0.18 * n))
    n_bad = max(1, math.ceil(round(0.3 * n, 9)) - n_sb)
    for i, p in enumerate(ranked):
        if i < n_sb:
            result[p.nip] = "Sangat Baik"
        elif i >= n - n_bad:
            result[p.nip] = "Kurang/Misconduct" if rng.random() < 0.2 else "Butuh Perbaikan"
        else:
            result[p.nip] = "Baik"
    if lagging:
        # A generous lurah: the Sangat Baik goes to a weak member of staff instead (the
        # lurah's own rating comes from the camat and stays as ranked).
        top = next((p for p in ranked if result[p.nip] == "Sangat Baik" and p.role != "lurah"), None)
        weak = [p for p in ranked[n_sb:] if result[p.nip] == "Baik" and p.role != "lurah"]
        if top is not None and weak:
            result[top.nip], result[weak[-1].nip] = "Baik", "Sangat Baik"
    return result


def _appraisals(
    rng: np.random.Generator, cal: _Calendar, people: list[Employee], scores: dict[tuple[str, str], float]
) -> pd.DataFrame:
    """One appraisal per evaluated person per closed semester."""
    # The head of each unit: the lurah of a kelurahan, the sekcam of the sekretariat, the kasi of a seksi.
    heads = {p.unit_id: p.nip for p in people if p.role in HEAD_ROLES and p.role != "camat"}
    heads |= {p.unit_id: p.nip for p in people if p.role == "lurah"}

    def appraiser(p: Employee) -> str | None:
        if p.nip == CAMAT_NIP:
            return None
        if p.unit_id in KELURAHAN_IDS:
            return CAMAT_NIP if p.role == "lurah" else heads[p.unit_id]
        if p.role in HEAD_ROLES:
            return CAMAT_NIP
        return heads.get(p.unit_id, CAMAT_NIP)

    rows = []
    for period in APPRAISED_PERIODS:
        groups: dict[str, list[Employee]] = {}
        for p in people:
            if _evaluated(p, period):
                groups.setdefault(p.unit_id if p.unit_id in KELURAHAN_IDS else KECAMATAN, []).append(p)
        period_end = period_bounds(period)[1]
        for unit_id, members in groups.items():
            composite = {p.nip: scores.get((p.nip, period), 80.0) + rng.normal(0, 3) for p in members}
            ranked = sorted(members, key=lambda p: -composite[p.nip])
            predikat = _assign_predikat(rng, ranked, org_rating(unit_id, period), unit_id, period)
            for p in members:
                options = _PAIRS[predikat[p.nip]]
                pair = options[int(rng.choice(len(options), p=[w for _, w in options]))][0]
                rows.append(
                    {
                        "nip": p.nip,
                        "period": period,
                        "unit_group": unit_id,
                        "rating_results": pair[0],
                        "rating_behaviour": pair[1],
                        "appraiser_nip": appraiser(p),
                        "appraised_on": cal.next_working(period_end + dt.timedelta(days=int(rng.integers(3, 17)))),
                    }
                )
    frame = pd.DataFrame(rows)
    # One Sangat Kurang in the whole history, in the kecamatan office where other Butuh
    # Perbaikan ratings keep the kurva satisfied.
    candidates = frame.index[(frame["unit_group"] == KECAMATAN) & (frame["rating_results"] == "di_bawah")]
    if len(candidates) > 1:
        chosen = int(rng.choice(candidates))
        frame.loc[chosen, "rating_behaviour"] = "di_bawah"
    matrix = [_MATRIX[(a, b)] for a, b in zip(frame["rating_results"], frame["rating_behaviour"], strict=True)]
    tone = {"di_atas": "atas", "sesuai": "sesuai", "di_bawah": "bawah"}
    frame["feedback"] = [
        str(rng.choice(FEEDBACK["bawah" if "di_bawah" in (a, b) else tone[a]]))
        for a, b in zip(frame["rating_results"], frame["rating_behaviour"], strict=True)
    ]
    frame["recommendation"] = [
        str(rng.choice(RECOMMENDATION["bawah" if "di_bawah" in (a, b) else tone[a]]))
        for a, b in zip(frame["rating_results"], frame["rating_behaviour"], strict=True)
    ]
    recorded = [None if rng.random() < 0.12 else m for m in matrix]
    wrong = rng.choice([i for i, r in enumerate(recorded) if r is not None], size=3, replace=False)
    for i in wrong:
        recorded[int(i)] = _WRONG_RECORD[matrix[int(i)]]
    frame["predikat_recorded"] = recorded
    frame["appraised_on"] = pd.to_datetime(frame["appraised_on"])
    return frame.drop(columns="unit_group")
