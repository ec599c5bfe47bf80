"""Kecepatan Layanan: speed queries against numpy on the same rows, the bootstrap, the fixed mix."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import duckdb
import numpy as np
import pandas as pd
import pytest

from dashboard.core import queries
from dashboard.core.store import init_store, open_reader, reader_cursor, refresh_facts
from dashboard.speed import logic as speed
from tests.fixture_store import build_fixture_store

ALL = dict(unit_id=None, service_ids=[], channel=None)
EVENT = dt.date(2023, 7, 3)


def working_days(con: duckdb.DuckDBPyConnection, start: dt.date, end: dt.date) -> list[dt.date]:
    rows = con.execute(
        "select day from calendar_days where is_working and day >= $s and day < $e order by day", {"s": start, "e": end}
    ).fetchall()
    return [r[0] for r in rows]


def build_synthetic_store(path, logs: list[tuple]) -> None:
    """A store with services F (standard 60), L (standard 240), N (no standard), two units and
    the given logs: (request_id, service_id, unit_id, channel, day, start_minute, minutes,
    status, rework_count). Each completed log starts and ends on the same working day inside
    office hours (08:00-16:00), so its working minutes equal ``minutes`` by construction."""
    init_store(path)
    con = duckdb.connect(str(path))
    con.execute("insert into units values ('K', 'Kecamatan', 'kecamatan', null)")
    con.execute(
        "insert into units values ('U1', 'Kelurahan Satu', 'kelurahan', 'K'), ('U2', 'Kelurahan Dua', 'kelurahan', 'K')"
    )
    con.execute("insert into services values ('F', 'Layanan Cepat', 'A', 60, 0), ('L', 'Layanan Lama', 'A', 240, 0), "
                "('N', 'Layanan Tanpa Standar', 'A', null, 0)")  # fmt: skip
    con.execute("insert into policy_events values ($d, 'Kebijakan', null)", {"d": EVENT})
    rows = []
    for request_id, service_id, unit_id, channel, day, start, minutes, status, rework in logs:
        received = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=480 + start)
        completed = received + dt.timedelta(minutes=float(minutes)) if status != "proses" else None
        rows.append((request_id, service_id, unit_id, None, channel, received, completed, None, status, rework))
    frame = pd.DataFrame(
        rows,
        columns=["request_id", "service_id", "unit_id", "handled_by", "channel", "received_at", "completed_at",
                 "due_at", "status", "rework_count"],
    )  # fmt: skip
    con.register("frame", frame)
    con.execute("insert into service_logs by name select * from frame")
    refresh_facts(con)
    con.execute("checkpoint")
    con.close()


def random_logs(con, rng, service_id, unit_id, n, start, end, median, prefix, channel="loket", rework_p=0.1):
    """n completed logs on random working days in [start, end) with lognormal minutes around median."""
    days = working_days(con, start, end)
    # whole seconds: the working-time macro counts seconds, not their fractions
    minutes = np.clip(np.round(rng.lognormal(np.log(median), 0.6, n) * 60) / 60, 1, 400)
    picks = rng.integers(0, len(days), n)
    reworks = (rng.random(n) < rework_p).astype(int)
    return [
        (f"{prefix}{i}", service_id, unit_id, channel, days[picks[i]], 0, minutes[i], "selesai", int(reworks[i]))
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def calendar_con(tmp_path_factory):
    path = tmp_path_factory.mktemp("cal") / "cal.duckdb"
    init_store(path)
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory, calendar_con):
    """Year 2023: F and L in two units and two channels, plus open requests and one N log."""
    rng = np.random.default_rng(11)
    logs = (
        random_logs(calendar_con, rng, "F", "U1", 300, dt.date(2023, 1, 1), dt.date(2024, 1, 1), 45, "f1-")
        + random_logs(calendar_con, rng, "F", "U2", 200, dt.date(2023, 1, 1), dt.date(2024, 1, 1), 70, "f2-", "online")
        + random_logs(calendar_con, rng, "L", "U1", 150, dt.date(2023, 1, 1), dt.date(2024, 1, 1), 200, "l1-")
        + [("open-1", "F", "U1", "loket", dt.date(2023, 12, 27), 10, 0, "proses", 0)]
        + [("n-1", "N", "U2", "loket", dt.date(2023, 3, 1), 0, 30, "selesai", 0)]
    )
    path = tmp_path_factory.mktemp("syn") / "synthetic.duckdb"
    build_synthetic_store(path, logs)
    frame = pd.DataFrame(
        logs, columns=["request_id", "service_id", "unit_id", "channel", "day", "start", "minutes", "status", "rework"]
    )
    con = open_reader(path)
    cur = reader_cursor(con)
    yield cur, frame
    cur.close()
    con.close()


def run(cur, name, **params):
    return queries.run(cur, name, **params)


YEAR = dict(date_from=dt.date(2023, 1, 1), date_to=dt.date(2024, 1, 1))


def test_working_minutes_of_synthetic_logs_are_what_was_built(synthetic):
    """The synthetic rows' working minutes equal their constructed durations (so numpy sees the same rows)."""
    cur, frame = synthetic
    got = cur.execute("select request_id, working_minutes from service_logs_timed where status = 'selesai'").df()
    merged = got.merge(frame, on="request_id")
    np.testing.assert_allclose(merged["working_minutes"], merged["minutes"], atol=1e-6)


def test_distribution_percentiles_and_shares_equal_numpy(synthetic):
    """p10..p90, mean, within-1h/1d shares and the on-standard share per service match numpy."""
    cur, frame = synthetic
    dist = run(cur, "speed_distribution_by_service", **YEAR, **ALL, measure="working").set_index("service_id")
    done = frame[frame["status"] == "selesai"]
    for service_id, standard in (("F", 60), ("L", 240)):
        x = done.loc[done["service_id"] == service_id, "minutes"].to_numpy(float)
        row = dist.loc[service_id]
        assert row["n"] == len(x)
        for name, q in (("p10", 10), ("p25", 25), ("median", 50), ("p75", 75), ("p90", 90)):
            assert row[f"{name}_minutes"] == pytest.approx(np.percentile(x, q), abs=1e-6), name
        assert row["mean_minutes"] == pytest.approx(x.mean())
        assert row["within_1h"] == pytest.approx(100 * np.mean(x <= 60))
        assert row["within_1d"] == pytest.approx(100 * np.mean(x <= 480))
        # the open F request (27 Dec 2023) is past its hour by the end of the data: a known miss
        outcomes = np.append(x <= standard, [False] * (service_id == "F"))
        assert row["on_standard_share"] == pytest.approx(100 * np.mean(outcomes))
        assert (row["n_with_standard"], row["open_missed"]) == (len(outcomes), int(service_id == "F"))
    assert np.isnan(dist.loc["N", "on_standard_share"]) and dist.loc["N", "n_with_standard"] == 0


def test_distribution_elapsed_uses_calendar_thresholds(synthetic):
    """measure elapsed: same-day logs, so the same quantiles; within 1 day / 3 days count 24-hour days."""
    cur, frame = synthetic
    working = run(cur, "speed_distribution_by_service", **YEAR, **ALL, measure="working").set_index("service_id")
    elapsed = run(cur, "speed_distribution_by_service", **YEAR, **ALL, measure="elapsed").set_index("service_id")
    done = frame[frame["status"] == "selesai"]
    x = done.loc[done["service_id"] == "L", "minutes"].to_numpy(float)
    row = elapsed.loc["L"]
    for name, q in (("p10", 10), ("median", 50), ("p90", 90)):
        assert row[f"{name}_minutes"] == pytest.approx(np.percentile(x, q), abs=1e-6), name
        assert row[f"{name}_minutes"] == pytest.approx(working.loc["L", f"{name}_minutes"])
    assert row["within_1d"] == pytest.approx(100 * np.mean(x <= 1440))
    assert row["within_3d"] == pytest.approx(100 * np.mean(x <= 4320))
    assert (row["n"], row["on_standard_share"]) == (working.loc["L", "n"], working.loc["L", "on_standard_share"])


def test_filters_unit_service_channel_equal_numpy(synthetic):
    """Unit, service list and channel filters select the same rows numpy selects."""
    cur, frame = synthetic
    done = frame[frame["status"] == "selesai"]
    dist = run(
        cur,
        "speed_distribution_by_service",
        **YEAR,
        unit_id="U2",
        service_ids=["F"],
        channel="online",
        measure="working",
    )
    x = done.loc[(done["unit_id"] == "U2") & (done["service_id"] == "F") & (done["channel"] == "online"), "minutes"]
    assert dist["service_id"].tolist() == ["F"]
    assert dist["median_minutes"].iloc[0] == pytest.approx(np.median(x))
    assert run(
        cur, "speed_distribution_by_service", **YEAR, unit_id="U2", service_ids=[], channel="loket", measure="working"
    )["service_id"].tolist() == ["N"]


def test_headline_equals_numpy_and_previous_is_empty(synthetic):
    """Headline counts, median/p90, on-standard and rework shares; the year before has no rows."""
    cur, frame = synthetic
    head = run(cur, "speed_headline", **YEAR, prev_from=dt.date(2022, 1, 1), **ALL, measure="working").set_index("span")
    elapsed = run(cur, "speed_headline", **YEAR, prev_from=dt.date(2022, 1, 1), **ALL, measure="elapsed")
    done = frame[frame["status"] == "selesai"]
    with_standard = done[done["service_id"] != "N"]
    now = head.loc["current"]
    assert (now["received"], now["completed"], now["still_open"]) == (len(frame), len(done), 1)
    assert now["median_minutes"] == pytest.approx(np.median(done["minutes"]))
    assert now["p90_minutes"] == pytest.approx(np.percentile(done["minutes"], 90))
    standards = with_standard["service_id"].map({"F": 60, "L": 240})
    # the open F request received 27 Dec 2023 is past its hour by the end of the data: a known miss
    outcomes = np.append(with_standard["minutes"] <= standards, False)
    assert now["on_standard_share"] == pytest.approx(100 * np.mean(outcomes))
    assert (now["n_with_standard"], now["open_missed"]) == (len(with_standard) + 1, 1)
    assert now["rework_share"] == pytest.approx(100 * np.mean(done["rework"] > 0))
    # same-day logs: elapsed equals working time here; the other columns do not depend on the measure
    elapsed = elapsed.set_index("span")
    assert elapsed.loc["current", "median_minutes"] == pytest.approx(now["median_minutes"])
    assert elapsed.loc["current", "p90_minutes"] == pytest.approx(now["p90_minutes"])
    others = ["received", "completed", "still_open", "n_with_standard", "on_standard_share", "rework_share"]
    pd.testing.assert_frame_equal(elapsed[others], head[others])
    assert head.loc["previous", "received"] == 0 and np.isnan(head.loc["previous", "median_minutes"])


def test_monthly_on_standard_share_equals_numpy(synthetic):
    """Per month and service, and per month overall, medians and on-standard shares match numpy."""
    cur, frame = synthetic
    monthly = run(
        cur, "speed_monthly_by_service", **YEAR, service_ids=["F", "L"], unit_id=None, channel=None, measure="working"
    )
    done = frame[(frame["status"] == "selesai") & frame["service_id"].isin(["F", "L"])].copy()
    done["month"] = [dt.date(d.year, d.month, 1) for d in done["day"]]
    done["ok"] = done["minutes"] <= done["service_id"].map({"F": 60, "L": 240})
    for month in (dt.date(2023, 2, 1), dt.date(2023, 9, 1)):
        rows = done[done["month"] == month]
        overall = monthly[(monthly["month"] == month) & monthly["service_id"].isna()].iloc[0]
        assert overall["n"] == len(rows)
        assert overall["on_standard_share"] == pytest.approx(100 * rows["ok"].mean())
        assert overall["median_minutes"] == pytest.approx(np.median(rows["minutes"]))
        f = monthly[(monthly["month"] == month) & (monthly["service_id"] == "F")].iloc[0]
        assert f["p90_minutes"] == pytest.approx(np.percentile(rows.loc[rows["service_id"] == "F", "minutes"], 90))


def test_ecdf_quantiles_equal_numpy(synthetic):
    """The ECDF points are numpy's linear percentiles 1..99 of the same rows."""
    cur, frame = synthetic
    ecdf = run(cur, "speed_ecdf_by_service", **YEAR, **ALL, measure="working")
    x = frame.loc[(frame["service_id"] == "L") & (frame["status"] == "selesai"), "minutes"]
    got = ecdf[ecdf["service_id"] == "L"]["minutes"].to_numpy()
    np.testing.assert_allclose(got, np.percentile(x, np.arange(1, 100)), atol=1e-6)
    # same-day logs: the elapsed ECDF is the same
    elapsed = run(cur, "speed_ecdf_by_service", **YEAR, **ALL, measure="elapsed")
    np.testing.assert_allclose(elapsed["minutes"], ecdf["minutes"], atol=1e-6)


SPEED_BY_MEASURE = [
    "speed_headline",
    "speed_distribution_by_service",
    "speed_ecdf_by_service",
    "speed_monthly_by_service",
    "speed_weekday_hour",
]


@pytest.mark.parametrize("name", SPEED_BY_MEASURE)
@pytest.mark.parametrize("measure", ["Working", "calendar", "", None])
def test_wrong_measure_raises(synthetic, name, measure):
    """Any measure but 'working' or 'elapsed' is refused by the query, not read as elapsed time."""
    cur, _ = synthetic
    extra = {"prev_from": dt.date(2022, 1, 1)} if name == "speed_headline" else {}
    with pytest.raises(duckdb.InvalidInputException, match="measure must be working or elapsed"):
        run(cur, name, **YEAR, **ALL, **extra, measure=measure)


def test_weekday_hour_counts_office_hours_only(synthetic):
    """All synthetic logs arrive at 08:00-08:10 on working days: every arrival lands in hour 8."""
    cur, frame = synthetic
    cells = run(cur, "speed_weekday_hour", **YEAR, **ALL, measure="working")
    assert set(cells["hour"]) == {8}
    assert cells["arrivals"].sum() == len(frame)
    weekdays = pd.Series([d.isoweekday() for d in frame["day"]]).value_counts()
    assert dict(zip(cells["weekday"], cells["arrivals"], strict=True)) == weekdays.to_dict()


def test_rework_share_per_service_and_unit_equals_numpy(synthetic):
    """Whole-period rework shares per service and per unit match numpy."""
    cur, frame = synthetic
    rework = run(cur, "speed_rework", **YEAR, **ALL)
    done = frame[frame["status"] == "selesai"]
    totals = rework[rework["month"].isna()].set_index(["dim", "key"])
    for sid in ("F", "L"):
        expected = 100 * np.mean(done.loc[done["service_id"] == sid, "rework"] > 0)
        assert totals.loc[("service", sid), "rework_share"] == pytest.approx(expected)
    expected = 100 * np.mean(done.loc[done["unit_id"] == "U2", "rework"] > 0)
    assert totals.loc[("unit", "U2"), "rework_share"] == pytest.approx(expected)


def test_fixture_store_exact_figures(tmp_path):
    """On the hand-made fixture: S1 working minutes 45, 60, 120, 20, 120, 30; r08 open; names only when allowed."""
    con = open_reader(build_fixture_store(tmp_path / "fixture.duckdb"))
    cur = reader_cursor(con)
    year = dict(date_from=dt.date(2025, 1, 1), date_to=dt.date(2026, 1, 1))
    dist = run(cur, "speed_distribution_by_service", **year, **ALL, measure="working")
    s1 = dist.set_index("service_id").loc["S1"]
    x = np.array([45, 60, 120, 20, 120, 30], float)
    assert s1["n"] == 6
    assert s1["median_minutes"] == pytest.approx(np.median(x)) == pytest.approx(52.5)
    assert s1["p90_minutes"] == pytest.approx(np.percentile(x, 90))
    # 4 of the 6 completed within the hour, and r08, open since 3 Mar, a known miss: 4 of 7
    assert s1["on_standard_share"] == pytest.approx(100 * 4 / 7)
    assert (s1["n_with_standard"], s1["open_missed"]) == (7, 1)
    oldest = run(cur, "speed_backlog_oldest", with_names=False, max_rows=10, **ALL)
    assert oldest["request_id"].tolist() == ["r08"] and oldest["handler_name"].isna().all()
    named = run(cur, "speed_backlog_oldest", with_names=True, max_rows=10, **ALL)
    assert named["handler_name"].tolist() == ["Dewi Lestari"]
    ageing = run(cur, "speed_backlog_ageing", **ALL)
    assert ageing[["service_id", "bucket", "n"]].values.tolist() == [["S1", "over_5x", 1]]
    cur.close()
    con.close()


# ---------------------------------------------------------------- bootstrap


def test_median_draws_match_brute_force_resampling():
    """The order-statistic shortcut has the distribution of numpy.median over resamples (odd and even n)."""
    rng = np.random.default_rng(3)
    for n in (41, 40):
        x = rng.lognormal(4, 0.7, n)
        fast = speed.median_draws(x, 20000, np.random.default_rng(1))
        brute = np.median(x[np.random.default_rng(2).integers(0, n, (20000, n))], axis=1)
        np.testing.assert_allclose(np.quantile(fast, [0.05, 0.25, 0.5, 0.75, 0.95]),
                                   np.quantile(brute, [0.05, 0.25, 0.5, 0.75, 0.95]), rtol=0.03)  # fmt: skip


def test_bootstrap_interval_contains_known_shift_and_is_reproducible():
    """A service whose times halve: the 95 % CI of the median change holds -50 %; a fixed seed repeats it."""
    rng = np.random.default_rng(5)
    before = rng.lognormal(np.log(200), 0.5, 800)
    after = rng.lognormal(np.log(100), 0.5, 900)  # true median change: -50 %
    result = speed.bootstrap_median_change(before, after, n_resamples=1000, seed=42)
    assert result.ci_low < -0.5 < result.ci_high
    assert result.ci_high - result.ci_low < 0.2
    assert result.change == pytest.approx(np.median(after) / np.median(before) - 1)
    assert speed.bootstrap_median_change(before, after, n_resamples=1000, seed=42) == result
    assert speed.bootstrap_median_change(before, after, n_resamples=1000, seed=43) != result


def test_bootstrap_coverage_is_about_95_percent():
    """Over 200 synthetic services with a known -30 % shift, about 95 % of the intervals cover it."""
    rng = np.random.default_rng(9)
    hits = 0
    for i in range(200):
        before = rng.lognormal(np.log(120), 0.8, 150)
        after = rng.lognormal(np.log(84), 0.8, 150)
        r = speed.bootstrap_median_change(before, after, n_resamples=500, seed=i)
        hits += r.ci_low <= -0.3 <= r.ci_high
    assert 0.88 <= hits / 200 <= 0.99


def before_after_store(tmp_path, calendar_con, name: str, after_mix: dict[str, int], seed: int = 1):
    """Before the event: F and L with 100 logs each; after: the given counts, F at half its before
    times, L unchanged. Per service, the after durations repeat one fixed list, so a service's
    median does not depend on how many of its requests there are."""
    rng = np.random.default_rng(seed)
    days_before = working_days(calendar_con, dt.date(2023, 1, 4), EVENT)
    days_after = working_days(calendar_con, EVENT, dt.date(2023, 12, 29))
    # whole even minutes, so that half of an F time is still whole seconds
    base = {
        "F": 2 * np.round(rng.lognormal(np.log(20), 0.4, 20)),
        "L": 2 * np.round(rng.lognormal(np.log(150), 0.2, 20)),
    }
    after_scale = {"F": 0.5, "L": 1.0}
    logs = []
    for sid in ("F", "L"):
        for i in range(100):
            logs.append(
                (
                    f"b{sid}{i}",
                    sid,
                    "U1",
                    "loket",
                    days_before[i % len(days_before)],
                    0,
                    base[sid][i % 20],
                    "selesai",
                    0,
                )
            )
        for i in range(after_mix[sid]):
            minutes = base[sid][i % 20] * after_scale[sid]
            logs.append((f"a{sid}{i}", sid, "U1", "loket", days_after[i % len(days_after)], 0, minutes, "selesai", 0))
    path = tmp_path / f"{name}.duckdb"
    build_synthetic_store(path, logs)
    con = open_reader(path)
    cur = reader_cursor(con)
    params = dict(event_date=EVENT, window_months=6, unit_id=None, channel=None)
    figures = run(cur, "before_after_by_service", **params)
    samples = run(cur, "before_after_samples", **params, cap=2000, seed=speed.SEED)
    cur.close()
    con.close()
    return figures, samples, pd.DataFrame(logs, columns=["id", "sid", "u", "c", "day", "s", "minutes", "st", "r"])


def test_fixed_mix_change_ignores_a_change_of_mix(tmp_path, calendar_con):
    """Same per-service times, different after-mix: the fixed-mix change is identical, the pooled median is not."""
    same = before_after_store(tmp_path, calendar_con, "same_mix", {"F": 100, "L": 100})
    shifted = before_after_store(tmp_path, calendar_con, "shifted_mix", {"F": 20, "L": 180})
    results = [speed.before_after(f, s, "working", min_n=10) for f, s, _ in (same, shifted)]
    a, b = (r.overall for r in results)
    assert a.change == pytest.approx(b.change)
    assert (a.median_before, a.median_after) == pytest.approx((b.median_before, b.median_after))
    assert a.weights == pytest.approx({"F": 0.5, "L": 0.5})
    assert a.ci_low <= a.change <= a.ci_high
    # per service: F halves, L stays
    by_service = results[1].services.set_index("service_id")
    assert by_service.loc["F", "change"] == pytest.approx(-0.5)
    assert by_service.loc["L", "change"] == pytest.approx(0.0)
    assert by_service.loc["F", "ci_low"] <= -0.5 <= by_service.loc["F", "ci_high"]
    # a naive pooled median would sell the mix change as a slow-down
    pooled = []
    for _, _, logs in (same, shifted):
        after = logs[logs["id"].str.startswith("a")]
        pooled.append(np.median(after["minutes"]))
    assert pooled[1] > 2 * pooled[0]


def test_before_after_sql_bootstrap_contains_known_shift(tmp_path, calendar_con):
    """Through the SQL queries: the -50 % shift of F lies in its interval; n on each side as built."""
    figures, samples, _ = before_after_store(tmp_path, calendar_con, "shift", {"F": 100, "L": 100}, seed=4)
    result = speed.before_after(figures, samples, "working")
    f = result.services.set_index("service_id").loc["F"]
    assert (f["n_before"], f["n_after"]) == (100, 100)
    assert f["ci_low"] <= -0.5 <= f["ci_high"]
    again = speed.before_after(figures, samples, "working")
    pd.testing.assert_frame_equal(result.services, again.services)


def test_samples_are_capped_and_deterministic(tmp_path, calendar_con):
    """before_after_samples keeps at most $cap durations per side, the same ones for the same seed."""
    _, _, _ = before_after_store(tmp_path, calendar_con, "cap", {"F": 100, "L": 100})
    con = open_reader(tmp_path / "cap.duckdb")
    cur = reader_cursor(con)
    params = dict(event_date=EVENT, window_months=6, unit_id=None, channel=None)
    one = run(cur, "before_after_samples", **params, cap=30, seed=1)
    two = run(cur, "before_after_samples", **params, cap=30, seed=1)
    assert all(len(x) == 30 for x in one["working_minutes"]) and (one["n"] == 100).all()
    assert [list(x) for x in one["working_minutes"]] == [list(x) for x in two["working_minutes"]]
    cur.close()
    con.close()


def test_too_few_requests_are_not_compared():
    """A service with fewer than MIN_N requests on a side gets no change, no interval, and no weight."""
    figures = pd.DataFrame(
        [dict(service_id="A", service_name="A", standard_minutes=60, n_before=5, n_after=50,
              median_working_before=10.0, median_working_after=5.0, on_standard_before=50.0, on_standard_after=60.0)]
    )  # fmt: skip
    samples = pd.DataFrame(
        [dict(service_id="A", side="before", n=5, working_minutes=[10.0] * 5, elapsed_minutes=[10.0] * 5),
         dict(service_id="A", side="after", n=50, working_minutes=[5.0] * 50, elapsed_minutes=[5.0] * 50)]
    )  # fmt: skip
    result = speed.before_after(figures, samples, "working")
    assert not result.services["comparable"].iloc[0] and np.isnan(result.services["change"].iloc[0])
    assert np.isnan(result.overall.change) and result.overall.weights == {}
    assert "terlalu sedikit" in speed.change_sentence(result.services.iloc[0], "working", "id")


def test_change_sentence_in_both_languages():
    """The plain sentence formats durations, signed percentages, the CI and n in the language's style."""
    row = SimpleNamespace(
        service_name="Rekomendasi akta kelahiran", comparable=True, n_before=1204, n_after=1377,
        median_before=1008.0, median_after=384.0, change=-0.619, ci_low=-0.70, ci_high=-0.55,
    )  # fmt: skip
    assert speed.change_sentence(row, "working", "id") == (
        "Rekomendasi akta kelahiran: median turun dari 2,1 hari kerja menjadi 6 jam 24 menit "
        "(-62 %, 95 % CI -70 % s.d. -55 %), n = 1.204 / 1.377"
    )
    assert speed.change_sentence(row, "working", "en") == (
        "Rekomendasi akta kelahiran: median fell from 2.1 working days to 6 h 24 min "
        "(-62 %, 95 % CI -70 % to -55 %), n = 1,204 / 1,377"
    )


def test_ecdf_reference_lines_sit_at_one_hour_one_and_three_working_days(synthetic):
    """On the log axis a line (shape) takes hours, its label (annotation) log10 hours: both at 1, 8, 24 h."""
    from dashboard.speed import charts as charts_speed

    cur, _ = synthetic
    ecdf = run(cur, "speed_ecdf_by_service", **YEAR, **ALL, measure="working")
    fig = charts_speed.ecdf_chart(ecdf, "working", "id", {}, {})
    assert [s.x0 for s in fig.layout.shapes] == [1, 8, 24]
    labelled = [a for a in fig.layout.annotations if a.yref == "y domain"]
    assert [round(10**a.x, 6) for a in labelled] == [1, 8, 24]
