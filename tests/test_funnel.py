"""The mix-adjusted unit comparison pinned on the hand-made store plus crafted units and services.

Every figure is recomputed here from first principles (exact binomial by log-gamma, Wilson by
formula, winsorised z-scores by numpy) and compared with what queries/camat_units.sql returns.

Crafted rows (all requests on working days, 09:00 + minutes, inside office hours; standard 60 min,
'on' = 30 min, 'over' = 90 min):
  2025-S2 (Wed 10 Sep 2025), services SE (easy) and SH (hard), each unit at the kecamatan's
  per-service share (SE 90 %, SH 40 %):
    E  only SE: 100 requests, 90 on          H  only SH: 100 requests, 40 on
    M1, M2, M3: 50 SE (45 on) + 50 SH (20 on) each
    X  only SX, a service no other unit handles: 30 requests, 30 on
  2026-S1 (Wed 14 Jan 2026), service SE only, 1 000 requests per unit D1..D6 with
    700, 750, 800, 850, 900, 950 on (real spread: overdispersion).
  2026-S2 (Wed 9 Sep 2026), service SE only, 400 requests per unit W1..W6 with 304, 308, 320, 320, 332,
    336 on (z = -2, -1.5, 0, 0, 1.5, 2: some spread, not beyond chance).
  Slower than last semester: 2024-S2 (Wed 4 Dec 2024) against 2025-S1 (Wed 11 Jun 2025):
    T1 (service mix changed): before 30 SE of 30 min + 20 SH of 120 min; now 10 SE of 30 min + 30 SH of 120 min
    T2 (really slower): before 30 SE of 30 min; now 30 SE of 45 min
The fixture's own 2025-S2 rows add r09 (1002, S1 over), r10 (1001, S1 on) and r05 (1002, S2 on).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from dashboard.camat import logic as camat
from dashboard.core import queries
from tests.fixture_store import fixture_cursor

UNITS = ("E", "H", "M1", "M2", "M3", "X", "D1", "D2", "D3", "D4", "D5", "D6", "T1", "T2") + tuple(
    f"W{i}" for i in range(1, 7)
)
#: 2026-S2: six units of 400 SE requests, spread a little more than chance but not significantly
W_ON = (304, 308, 320, 320, 332, 336)


def _logs(prefix: str, service: str, unit: str, day: str, count: int, minutes_on: int, on: int) -> str:
    """count completed requests; the first `on` take minutes_on minutes, the rest 90."""
    return f"""
insert into service_logs
select '{prefix}' || i, '{service}', '33.74.09.{unit}', null, 'loket', timestamp '{day} 09:00',
       timestamp '{day} 09:00' + (case when i <= {on} then {minutes_on} else 90 end) * interval 1 minute,
       null, 'selesai', 0
from range(1, {count + 1}) t(i);"""


def _timed(prefix: str, service: str, unit: str, day: str, count: int, minutes: int) -> str:
    return _logs(prefix, service, unit, day, count, minutes, count)


EXTRA_SQL = (
    "insert into units values "
    + ", ".join(f"('33.74.09.{u}', 'Unit {u}', 'kelurahan', '33.74.09')" for u in UNITS)
    + ";\n"
    + "insert into services values ('SE', 'Layanan mudah', 'Uji', 60, 0), ('SH', 'Layanan sulit', 'Uji', 60, 0),"
    + " ('SX', 'Layanan tunggal', 'Uji', 60, 0);"
    + _logs("e", "SE", "E", "2025-09-10", 100, 30, 90)
    + _logs("h", "SH", "H", "2025-09-10", 100, 30, 40)
    + "".join(
        _logs(f"{m}e", "SE", m, "2025-09-10", 50, 30, 45) + _logs(f"{m}h", "SH", m, "2025-09-10", 50, 30, 20)
        for m in ("M1", "M2", "M3")
    )
    + _logs("x", "SX", "X", "2025-09-10", 30, 30, 30)
    + "".join(_logs(f"d{i}", "SE", f"D{i}", "2026-01-14", 1000, 30, 650 + 50 * i) for i in range(1, 7))
    + _timed("t1pe", "SE", "T1", "2024-12-04", 30, 30)
    + _timed("t1ph", "SH", "T1", "2024-12-04", 20, 120)
    + _timed("t1ce", "SE", "T1", "2025-06-11", 10, 30)
    + _timed("t1ch", "SH", "T1", "2025-06-11", 30, 120)
    + _timed("t2p", "SE", "T2", "2024-12-04", 30, 30)
    + _timed("t2c", "SE", "T2", "2025-06-11", 30, 45)
    + "".join(_logs(f"w{i}", "SE", f"W{i}", "2026-09-09", 400, 30, on) for i, on in enumerate(W_ON, start=1))
)


@pytest.fixture(scope="module")
def cursor(tmp_path_factory):
    with fixture_cursor(tmp_path_factory.mktemp("funnel") / "funnel.duckdb", EXTRA_SQL) as cur:
        yield cur


def units_of(cursor, period: str) -> dict:
    frame = camat.unit_comparison(lambda name, **p: queries.run(cursor, name, **p), period)
    return {row["unit_id"].removeprefix("33.74.09."): row for _, row in frame.iterrows()}


# ---------------------------------------------------------------- independent arithmetic


def exact_limit(n: int, p: float, q: float) -> float:
    """Spiegelhalter's interpolated exact binomial limit, by log-gamma (no shared code with the store)."""
    cdf = 0.0
    for r in range(n + 1):
        f = math.exp(
            math.lgamma(n + 1)
            - math.lgamma(r + 1)
            - math.lgamma(n - r + 1)
            + r * math.log(p)
            + (n - r) * math.log(1 - p)
        )
        cdf += f
        if cdf >= q:
            return (r - (cdf - q) / f) / n
    return 1.0


def wilson(k: float, n: float, z: float = 1.959963984540054) -> tuple[float, float]:
    y = k / n
    centre = (y + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(y * (1 - y) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


# ---------------------------------------------------------------- service mix


def test_a_unit_is_compared_with_its_own_service_mix(cursor):
    """E (easy services only) and H (hard only) do exactly as the kecamatan does per service: no flag, 0 points."""
    units = units_of(cursor, "2025-S2")
    # compared requests: SE 250 (225 on), SH 250 (100 on), S1 2 (1001 on, 1002 over); SX and S2 have one provider
    target = (225 + 100 + 1) / (250 + 250 + 2)
    for u in ("E", "H", "M1", "M2", "M3"):
        assert units[u]["target_pct"] == pytest.approx(target * 100)
        assert units[u]["adjusted_diff_pct"] == pytest.approx(0.0, abs=1e-9)
        assert units[u]["adjusted_pct"] == pytest.approx(target * 100)
        assert units[u]["funnel_flag"] == "within", u
    assert units["E"]["expected_pct"] == pytest.approx(90.0)
    assert units["H"]["expected_pct"] == pytest.approx(40.0)
    assert units["M1"]["expected_pct"] == pytest.approx(65.0)
    # the crude share still says what it says: 90 % and 40 %
    assert units["E"]["on_standard_pct"] == pytest.approx(90.0)
    assert units["H"]["on_standard_pct"] == pytest.approx(40.0)


def test_exact_binomial_limits_around_the_target(cursor):
    """Limits at n = 100 around the target share are Spiegelhalter's exact ones (no overdispersion here: phi 1)."""
    units = units_of(cursor, "2025-S2")
    target = 326 / 502
    row = units["E"]
    assert row["phi"] == pytest.approx(1.0)  # every ranked unit has z = 0
    assert row["lower95_pct"] == pytest.approx(exact_limit(100, target, 0.025) * 100, abs=1e-9)
    assert row["upper95_pct"] == pytest.approx(exact_limit(100, target, 0.975) * 100, abs=1e-9)
    assert row["lower998_pct"] == pytest.approx(exact_limit(100, target, 0.001) * 100, abs=1e-9)
    assert row["upper998_pct"] == pytest.approx(exact_limit(100, target, 0.999) * 100, abs=1e-9)
    # not the normal approximation
    half = 1.96 * math.sqrt(target * (1 - target) / 100)
    assert abs(row["lower95_pct"] - (target - half) * 100) > 0.05


@pytest.mark.parametrize("n", [2_000, 50_000])
@pytest.mark.parametrize("p", [0.02, 0.65, 0.995])
def test_exact_limits_of_large_units_sum_only_where_the_mass_is(cursor, n, p):
    """At large volumes binom_limit sums only the counts near n p (10 standard deviations + 50): the same
    limits as summing every count from 0 to n."""
    for q in (0.001, 0.025, 0.975, 0.999):
        got = cursor.execute("select binom_limit($n, $p, $q)", {"n": n, "p": p, "q": q}).fetchall()[0][0]
        assert got == pytest.approx(exact_limit(n, p, q), abs=1e-9), q


def test_the_chart_limits_are_the_flag_limits(cursor):
    """The funnel drawn is the one the flags use: same macro, same target, same phi."""
    units = units_of(cursor, "2025-S2")
    frame = pd.DataFrame(list(units.values()))
    grid = camat.funnel_grid(lambda name, **p: queries.run(cursor, name, **p), frame).set_index("n")
    row = units["E"]
    assert grid.loc[100, "lower95"] * 100 == pytest.approx(row["lower95_pct"])
    assert grid.loc[100, "upper998"] * 100 == pytest.approx(row["upper998_pct"])


def test_the_only_provider_of_a_service_cannot_be_compared(cursor):
    units = units_of(cursor, "2025-S2")
    x = units["X"]
    assert x["n_standard"] == 30 and x["n_compared"] == 0
    assert x["funnel_flag"] == "not_comparable"
    assert pd.isna(x["adjusted_diff_pct"]) and pd.isna(x["rank"])
    assert camat.flag_label("not_comparable", "id") == "tidak dapat dibandingkan"
    # Kelurahan Dua: its S2 (sole provider) is left out, its one S1 request is compared
    assert (units["1002"]["n_standard"], units["1002"]["n_compared"]) == (2, 1)
    assert units["1002"]["funnel_flag"] == "too_few"


def test_units_whose_intervals_overlap_share_a_rank(cursor):
    """Five units at 0 points share rank 1; the too-few and the incomparable are not ranked."""
    units = units_of(cursor, "2025-S2")
    assert [units[u]["rank"] for u in ("E", "H", "M1", "M2", "M3")] == [1, 1, 1, 1, 1]
    for u in ("X", "1001", "1002"):
        assert pd.isna(units[u]["rank"])
    low, high = wilson(90, 100)
    assert units["E"]["diff_low_pct"] == pytest.approx((low - 0.9) * 100)
    assert units["E"]["diff_high_pct"] == pytest.approx((high - 0.9) * 100)
    assert (round((low - 0.9) * 100, 1), round((high - 0.9) * 100, 1)) == (-7.4, 4.5)
    assert camat.diff_text(pd.Series(units["E"]), "id") == "0,0 (-7,4 s.d. 4,5)"


def test_attention_list_does_not_flag_service_mix(cursor):
    units = units_of(cursor, "2025-S2")
    frame = pd.DataFrame(list(units.values()))
    items = camat.attention_items(frame, pd.DataFrame({"broken": pd.Series(dtype=bool)}), pd.DataFrame(), {}, lang="id")
    assert [kind for kind, _, _ in items if kind in ("below", "above")] == []


# ---------------------------------------------------------------- overdispersion


def test_overdispersion_from_winsorised_z_scores(cursor):
    """Six units of 1 000 requests at 70..95 %: phi from the winsorised z-scores widens the limits."""
    units = units_of(cursor, "2026-S1")
    k = np.array([700, 750, 800, 850, 900, 950], dtype=float)
    n = 1000
    p = k.sum() / (6 * n)
    z = (k / n - p) / math.sqrt(p * (1 - p) / n)
    low, high = np.quantile(z, [0.1, 0.9])  # linear interpolation, as quantile_cont
    phi = float(np.mean(np.clip(z, low, high) ** 2))
    assert phi > 1
    for i, unit in enumerate(f"D{j}" for j in range(1, 7)):
        row = units[unit]
        assert row["phi"] == pytest.approx(phi)
        assert row["z_score"] == pytest.approx(z[i])
        for column, q in (("lower95_pct", 0.025), ("upper95_pct", 0.975), ("lower998_pct", 0.001)):
            widened = p + math.sqrt(phi) * (exact_limit(n, p, q) - p)
            assert row[column] == pytest.approx(widened * 100, abs=1e-9)
        lo, hi = wilson(k[i], n)  # the unit's own sampling interval: phi widens the funnel, not this
        assert row["diff_low_pct"] == pytest.approx((lo - p) * 100)
        assert row["diff_high_pct"] == pytest.approx((hi - p) * 100)
    # without the allowance every unit would be outside its 95 % limits; with it, every unit is within
    outside_exact = [not exact_limit(n, p, 0.025) <= y <= exact_limit(n, p, 0.975) for y in k / n]
    assert all(outside_exact)
    assert {units[f"D{j}"]["funnel_flag"] for j in range(1, 7)} == {"within"}


def test_rank_only_where_the_intervals_allow(cursor):
    units = units_of(cursor, "2026-S1")
    names = [f"D{j}" for j in range(1, 7)]
    expected = {u: 1 + sum(units[g]["diff_low_pct"] > units[u]["diff_high_pct"] for g in names) for u in names}
    assert {u: units[u]["rank"] for u in names} == expected
    # D2 (75 %) and D3 (80 %) overlap and share rank 4; three units lie certainly above D3, four above D1
    assert [units[u]["rank"] for u in names] == [5, 4, 4, 3, 2, 1]


# ---------------------------------------------------------------- slower than last semester


def test_slower_allows_for_service_mix(cursor):
    """T1 only took on more of a slow service (same time per service): not slower. T2 is slower at 45 vs 30 min."""
    units = units_of(cursor, "2025-S1")
    t1, t2 = pd.Series(units["T1"]), pd.Series(units["T2"])
    assert t1["median_minutes"] == pytest.approx(120.0) and t1["prev_median_minutes"] == pytest.approx(30.0)
    assert (t1["slower_n"], t1["slower_share_pct"], t1["slower_ratio"]) == (40, 0.0, pytest.approx(1.0))
    assert not camat.is_slower(t1)
    assert (t2["slower_n"], t2["slower_share_pct"]) == (30, 100.0)
    assert t2["slower_ratio"] == pytest.approx(1.5)
    assert t2["slower_low_pct"] == pytest.approx(wilson(30, 30)[0] * 100)
    assert camat.is_slower(t2)
    frame = pd.DataFrame([units["T1"], units["T2"]])
    items = camat.attention_items(frame, pd.DataFrame({"broken": pd.Series(dtype=bool)}), pd.DataFrame(), {})
    assert [(kind, u) for kind, u, _ in items if kind == "slower"] == [("slower", "33.74.09.T2")]


def test_no_allowance_when_the_spread_is_chance(cursor):
    """W1..W6: winsorised phi 1.77, but 6 x 1.77 = 10.6 is below chi-square(5) at 5 % (11.07): phi stays 1."""
    units = units_of(cursor, "2026-S2")
    k = np.array(W_ON, dtype=float)
    p = k.sum() / (6 * 400)
    z = (k / 400 - p) / math.sqrt(p * (1 - p) / 400)
    assert z == pytest.approx([-2, -1.5, 0, 0, 1.5, 2])
    low, high = np.quantile(z, [0.1, 0.9])
    estimate = float(np.mean(np.clip(z, low, high) ** 2))
    assert estimate == pytest.approx(10.625 / 6)
    assert 6 * estimate < 11.0705  # chi-square, 5 degrees of freedom, upper 5 % point (tables)
    row = units["W1"]
    assert row["phi_estimate"] == pytest.approx(estimate) and row["phi"] == 1.0
    assert row["lower95_pct"] == pytest.approx(exact_limit(400, p, 0.025) * 100, abs=1e-9)
    # and the D units of 2026-S1 (phi 15) are far beyond it: 6 x 15 > 11.07, the allowance applies
    assert units_of(cursor, "2026-S1")["D1"]["phi"] > 1
