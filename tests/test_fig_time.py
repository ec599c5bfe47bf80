"""Figures that can be defended: open requests as misses, windows that are still running, the exact
before/after dates, the block bootstrap, the mix-standardised median and public suppression.

Every figure is pinned on a hand-made store (tests/fixture_store.py or the synthetic store of
tests/test_speed.py) whose outcome can be worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import numpy as np
import pytest

from dashboard.core import queries
from dashboard.core.store import init_store, open_reader, reader_cursor
from dashboard.speed import logic as speed
from tests.fixture_store import build_fixture_store
from tests.test_speed import EVENT, build_synthetic_store, working_days

FIXTURE_EVENT = dt.date(2025, 3, 5)
BA = dict(event_date=FIXTURE_EVENT, window_months=6, unit_id=None, channel=None)


@pytest.fixture(scope="module")
def fixture_cursor(tmp_path_factory):
    path = build_fixture_store(tmp_path_factory.mktemp("fig-time") / "fixture.duckdb")
    con = open_reader(path)
    cur = reader_cursor(con)
    yield cur
    cur.close()
    con.close()


@pytest.fixture(scope="module")
def calendar(tmp_path_factory):
    path = tmp_path_factory.mktemp("cal") / "cal.duckdb"
    init_store(path)
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


# ---------------------------------------------------------------- open requests are known misses


def test_open_request_past_its_standard_is_a_miss(fixture_cursor):
    """r08 (S1, 60 min, open since Mon 3 Mar 2025 10:00; data end 19 Aug 2025) is a miss, not left out.

    S1 before 5 Mar 2025: r01 45, r02 60, r06 20 within the hour, r08 open: 3 of 4 = 75 % (not 3 of 3 = 100 %).
    """
    rows = queries.run(fixture_cursor, "before_after_by_service", **BA).set_index("service_id")
    s1 = rows.loc["S1"]
    assert (s1["n_with_standard_before"], s1["n_open_before"], s1["n_open_missed_before"]) == (4, 1, 1)
    assert s1["on_standard_before"] == pytest.approx(75.0)
    assert s1["n_before"] == 3  # the median still counts completed requests only
    assert (s1["n_received_before"], s1["n_received_after"]) == (4, 3)
    # after: r03 120 (over), r09 120 (over), r10 30 (within): 1 of 3
    assert s1["on_standard_after"] == pytest.approx(100 / 3)


def test_outcomes_macro_lists_open_requests_with_their_state(fixture_cursor):
    """standard_outcomes: completed rows keep on_standard, open rows past the standard are false."""
    rows = fixture_cursor.execute(
        "select service_id, is_open, meets_standard, count(*) from standard_outcomes("
        "date '2025-03-01', date '2025-04-01', null, [], null) group by all order by all"
    ).fetchall()
    assert rows == [
        ("S1", False, False, 1),  # r03
        ("S1", False, True, 3),  # r01, r02, r06
        ("S1", True, False, 1),  # r08, open and 3 Mar + 60 working minutes long gone
        ("S3", False, None, 1),  # r07, no standard
    ]


def test_headline_and_monthly_shares_count_the_open_miss(fixture_cursor):
    """Kecepatan Layanan: March 2025 S1 share is 3 of 5 = 60 % with r08, not 3 of 4 = 75 %."""
    params = dict(date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 4, 1), unit_id=None, service_ids=["S1"],
                  channel=None, measure="working")  # fmt: skip
    head = queries.run(fixture_cursor, "speed_headline", prev_from=dt.date(2025, 2, 1), **params).set_index("span")
    assert head.loc["current", "on_standard_share"] == pytest.approx(60.0)
    assert (head.loc["current", "n_with_standard"], head.loc["current", "open_missed"]) == (5, 1)
    monthly = queries.run(fixture_cursor, "speed_monthly_by_service", **params)
    march = monthly[monthly["service_id"] == "S1"].iloc[0]
    assert march["on_standard_share"] == pytest.approx(60.0) and march["n"] == 4


def test_public_misses_count_the_open_request(fixture_cursor):
    """Slide 6 source: S1 received in March 2025 misses 2 of 5 (r03 and open r08)."""
    misses = queries.run(
        fixture_cursor, "public_standard_misses", date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 4, 1)
    ).set_index("service_id")
    assert misses.loc["S1", "over_standard_share"] == pytest.approx(40.0)
    assert (misses.loc["S1", "n"], misses.loc["S1", "n_open_missed"]) == (5, 1)


# ---------------------------------------------------------------- block bootstrap and the mix-standardised median


def clustered_store(tmp_path, calendar, name="clustered"):
    """F before the event: 12 working days x 20 requests, every request of day i taking 20 + 4 i
    minutes (days differ, requests of a day do not); after: the same with half the time."""
    days_before = working_days(calendar, dt.date(2023, 5, 1), EVENT)[:12]
    days_after = working_days(calendar, EVENT, dt.date(2023, 10, 1))[:12]
    logs = []
    for side, days, scale in (("b", days_before, 1.0), ("a", days_after, 0.5)):
        for i, day in enumerate(days):
            for j in range(20):
                logs.append((f"{side}{i}-{j}", "F", "U1", "loket", day, j, (20 + 4 * i) * 2 * scale, "selesai", 0))
    path = tmp_path / f"{name}.duckdb"
    build_synthetic_store(path, logs)
    con = open_reader(path)
    cur = reader_cursor(con)
    params = dict(event_date=EVENT, window_months=6, unit_id=None, channel=None)
    figures = queries.run(cur, "before_after_by_service", **params)
    samples = queries.run(cur, "before_after_samples", **params, cap=5000, seed=speed.SEED)
    cur.close()
    con.close()
    return figures, samples


def test_block_bootstrap_is_as_wide_as_the_days_allow(tmp_path, calendar):
    """Requests cluster by day: resampling them one by one claims 240 independent values where
    there are 12 days. The block bootstrap's interval is that of 12 values; the request-level one
    is about four times narrower."""
    figures, samples = clustered_store(tmp_path, calendar)
    result = speed.before_after(figures, samples, "working").services.iloc[0]
    assert result["change"] == pytest.approx(-0.5)
    assert result["ci_low"] <= -0.5 <= result["ci_high"]
    width = result["ci_high"] - result["ci_low"]
    # the same data, each request its own block (what the page did before)
    iid = speed.before_after(figures, samples.drop(columns=["days"]), "working").services.iloc[0]
    iid_width = iid["ci_high"] - iid["ci_low"]
    assert width > 2.5 * iid_width
    # the interval of the 12 day values themselves, bootstrapped as independent values
    day_values = np.array([(20 + 4 * i) * 2 for i in range(12)], dtype=float)
    reference = speed.bootstrap_median_change(day_values, day_values / 2, n_resamples=4000)
    assert width == pytest.approx(reference.ci_high - reference.ci_low, rel=0.35)


def test_block_draws_keep_whole_days():
    """One drawn day brings all its requests: with two days of constant values the only medians are the day values and their mean."""
    lists = {"X": (np.array([10.0] * 5 + [30.0] * 5), np.array([1] * 5 + [2] * 5))}
    draws = speed.block_bootstrap_side(lists, {"X": 1.0}, 400, np.random.default_rng(1))
    assert set(np.unique(draws.services["X"])) <= {10.0, 20.0, 30.0}
    assert set(np.unique(draws.overall)) <= {10.0, 20.0, 30.0}


def test_weighted_median_equals_numpy_with_equal_weights():
    values = np.array([1.0, 2.0, 4.0, 8.0])
    assert speed.weighted_median(values, np.ones((1, 4)))[0] == np.median(values)
    assert speed.weighted_median(values[:3], np.ones((1, 3)))[0] == 2.0
    assert (
        speed.weighted_median(values, np.array([[0, 0, 0, 0]]))[0] != speed.weighted_median(values, np.ones((1, 4)))[0]
    )


def two_services_figures():
    """F: 100 requests of 10 min before, 100 of 5 after; L: 10 of 200 before and after (6 % of requests... 10 of 110 = 9 %)."""
    import pandas as pd

    figures = pd.DataFrame(
        [dict(service_id="F", service_name="Cepat", standard_minutes=60, n_before=100, n_after=100,
              median_working_before=10.0, median_working_after=5.0, on_standard_before=100.0,
              on_standard_after=100.0, n_received_before=100),
         dict(service_id="L", service_name="Lama", standard_minutes=240, n_before=10, n_after=10,
              median_working_before=200.0, median_working_after=200.0, on_standard_before=100.0,
              on_standard_after=100.0, n_received_before=10)]
    )  # fmt: skip
    samples = pd.DataFrame(
        [dict(service_id="F", side="before", n=100, working_minutes=[10.0] * 100, days=list(range(100))),
         dict(service_id="F", side="after", n=100, working_minutes=[5.0] * 100, days=list(range(100, 200))),
         dict(service_id="L", side="before", n=10, working_minutes=[200.0] * 10, days=list(range(10))),
         dict(service_id="L", side="after", n=10, working_minutes=[200.0] * 10, days=list(range(100, 110)))]
    )  # fmt: skip
    return figures, samples


def test_overall_is_the_mix_standardised_median_not_a_mean_of_medians():
    """Before: 100 F at 10 min and 10 L at 200; after: F at 5, L unchanged. Half of the requests
    (reweighted to the fixed mix 100 : 10) take 10 min before and 5 after: -50 %. The mean of the
    medians, (100*10 + 10*200) / 110 = 27,3 -> (100*5 + 10*200) / 110 = 22,7 (-17 %), was two
    thirds made of the slow service with 9 % of the requests."""
    figures, samples = two_services_figures()
    overall = speed.before_after(figures, samples, "working").overall
    assert (overall.median_before, overall.median_after) == (10.0, 5.0)
    assert overall.change == pytest.approx(-0.5)
    assert overall.weights == pytest.approx({"F": 100 / 110, "L": 10 / 110})
    assert overall.ci_low == pytest.approx(-0.5) and overall.ci_high == pytest.approx(-0.5)


# ---------------------------------------------------------------- public slides: dates, windows, one fixed mix


def public_slides(path, event=FIXTURE_EVENT, today=dt.date(2025, 12, 1)):
    from dashboard.public import logic as public
    from tests.test_public import querier

    q, con = querier(path)
    try:
        return public.build_slides(q, public.Settings(event, "Mulai evaluasi", "working", 6, today), "id")
    finally:
        con.close()


@pytest.fixture
def public_store(tmp_path):
    """The fixture store plus S4 (standard 60): 12 requests of 2 h in Jan 2025, 12 of 30 min in Apr-May 2025."""
    from tests.test_public import add_service

    path = build_fixture_store(tmp_path / "public.duckdb")
    con = duckdb.connect(str(path))
    add_service(con, "S4", "Surat Uji Satu", 60, 120, 30, 12, 12)
    con.close()
    return path


@pytest.mark.parametrize(
    "day", [dt.date(2025, 3, 31), dt.date(2024, 2, 29), dt.date(2025, 8, 30), dt.date(2025, 3, 5), dt.date(2025, 1, 1)]
)
@pytest.mark.parametrize("months", [-12, -6, -1, 1, 6])
def test_caption_dates_use_the_same_arithmetic_as_the_sql(day, months):
    """31 Mar 2025 - 6 months is 30 Sep 2024 in DuckDB; the captions said 28 Sep (days capped at 28)."""
    from dashboard.public import logic as public

    con = duckdb.connect()
    sql = con.execute("select ($d + to_months($m))::date", {"d": day, "m": months}).fetchone()[0]
    con.close()
    assert public.add_months(day, months) == sql


def test_before_share_is_one_figure_on_slides_1_and_3(public_store):
    """Before 5 Mar 2025 (from 5 Sep 2024): S1 3 of 4 within the hour (r08 open, a miss), S4 0 of 12:
    3 / 16 = 18,75 %. After (5 Mar - 4 Sep 2025): S1 1 of 3, S4 12 of 12, mix 4 : 12:
    (4 * 1/3 + 12 * 1) / 16 = 83,3 %. Slide 3 states the same before figure over the same dates,
    without the days of March 2025 after the event."""
    slides = {s.key: s for s in public_slides(public_store)}
    assert ("Selesai sesuai standar", "19 % → 83 %") in slides["headline"].tiles
    assert "Sebelum kebijakan (5 Sep 2024 – 4 Mar 2025): 19 % permohonan" in slides["on_standard"].captions[0]
    # the last six complete months (Jun - Nov 2025) hold 3 requests of the mix: too few to show
    assert "(1 Jun 2025 – 30 Nov 2025): data terlalu sedikit" in slides["on_standard"].captions[0]


def test_event_at_month_end_gives_the_sql_window_in_the_caption(public_store):
    """Event 31 Mar 2025: the before window starts 30 Sep 2024 (DuckDB), and so does the caption."""
    from tests.test_public import querier

    q, con = querier(public_store)
    rows = q("before_after_by_service", event_date=dt.date(2025, 3, 31), window_months=6, unit_id=None, channel=None)
    con.close()
    assert rows["window_before_from"].iloc[0] == dt.date(2024, 9, 30)
    slides = public_slides(public_store, event=dt.date(2025, 3, 31))
    assert "(30 Sep 2024 – 30 Mar 2025)" in slides[0].captions[0]


def test_running_window_and_open_requests_are_said(public_store):
    """The after window runs to 4 Sep 2025 but the data end on 19 Aug 2025: the slides say that the
    after medians are not final, and that r08 is open (and a miss)."""
    slides = {s.key: s for s in public_slides(public_store)}
    for key in ("headline", "before_after"):
        text = slides[key].text()
        assert "Periode sesudah belum selesai: data baru sampai 19 Agu 2025, periode berakhir 4 Sep 2025." in text
        assert "1 permohonan dalam periode ini masih terbuka" in text and "1 di antaranya" in text


def test_other_policy_event_inside_the_window_is_named(public_store):
    """A second policy on 2 Jun 2025 falls inside the after window: slides 1, 2 and 3 name it."""
    con = duckdb.connect(str(public_store))
    con.execute("insert into policy_events values ('2025-06-02', 'Loket daring', null)")
    con.close()
    slides = {s.key: s for s in public_slides(public_store)}
    for key in ("headline", "before_after", "on_standard"):
        assert (
            "kebijakan lain juga terjadi di dalam periode perbandingan: Loket daring (2 Jun 2025)" in slides[key].text()
        )


def test_slides_say_a_change_is_not_a_cause(public_store):
    slides = {s.key: s for s in public_slides(public_store)}
    for key in ("headline", "before_after", "on_standard"):
        assert "perubahan sebelum/sesudah, bukan bukti sebab" in slides[key].text()


@pytest.mark.parametrize(
    ("cells", "shown", "other"),
    [
        ({"A": 12, "B": 9, "C": 3}, {"A": 12}, 12),  # 9 + 3 merged
        ({"A": 12, "B": 11, "C": 9}, {"A": 12}, 20),  # 9 alone would be given away: B joins it
        ({"A": 30, "B": 20}, {"A": 30, "B": 20}, None),  # nothing small, nothing merged
        ({"A": 5, "B": 4}, {}, None),  # the total itself is below 10: nothing shown
    ],
)
def test_complementary_suppression_merges_small_cells(cells, shown, other):
    """No shown total minus shown bars equals a cell below 10."""
    import pandas as pd

    from dashboard.public import logic as public

    frame = pd.DataFrame({"name": list(cells), "n": list(cells.values()), "is_office": False})
    out = public.merge_small(frame, "Lainnya")
    plain = out[out["merged"] == 0]
    assert dict(zip(plain["name"], plain["n"], strict=True)) == shown
    merged = out[out["merged"] > 0]
    assert (merged["n"].iloc[0] if len(merged) else None) == other
    if len(out):
        assert out["n"].sum() == sum(cells.values())
        assert all(n >= public.MIN_N for n in out["n"])


def test_speed_page_states_dates_and_window_notes(public_store, monkeypatch):
    """Kecepatan Layanan, before/after: the dates actually used, the running window, the open
    request and 'not a cause' on the page, as on the slides."""
    from tests.test_page_speed import open_page

    at = open_page(public_store, monkeypatch, params={"sp_tab": "policy"})
    captions = " ".join(c.value for c in at.caption)
    assert "sebelum (5 Sep 2024 – 4 Mar 2025) dan sesudah (5 Mar 2025 – 4 Sep 2025)" in captions
    warnings = " ".join(w.value for w in at.warning)
    assert "Periode sesudah belum selesai: data baru sampai 19 Agu 2025" in warnings
    assert "bukan bukti sebab" in warnings


def test_guide_explains_open_requests_and_suppression_with_the_rules(tmp_path, monkeypatch):
    """Panduan Evaluasi: the open-request calculator runs outcome_against_standard on the store's
    calendar (Mon 18 Aug 2025 is cuti bersama: received then, at 09:00 on 19 Aug it has 60 working
    minutes, not past a 60-minute standard, past a 30-minute one), and the suppression example and
    calculator run the slides' own merge."""
    from dashboard.access.auth import User
    from tests.test_page_self import GUIDE, app, texts

    path = build_fixture_store(tmp_path / "guide.duckdb")
    at = app(path, monkeypatch, User("camat", "camat"), page=GUIDE)
    assert not at.exception and not at.error
    shown = texts(at)
    assert "6. Permohonan yang belum selesai" in " ".join(h.value for h in at.header)
    assert "Contoh: 12, 9 dan 3 permohonan (total 24) tampil sebagai Layanan 1: 12 · Layanan lainnya: 12." in shown
    assert "Yang tampil: Layanan 1: 25 · Layanan 2: 14 · Layanan lainnya: 11; total 50." in shown
    assert "(19 Agu 2025)" in shown  # the store's "now"
    at.date_input(key="calc_open_day").set_value(dt.date(2025, 8, 18))
    at.time_input(key="calc_open_time").set_value(dt.time(10, 0))
    at.date_input(key="calc_asof_day").set_value(dt.date(2025, 8, 19))
    at.number_input(key="calc_open_standard").set_value(60).run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Waktu kerja sejauh ini"] == "1 jam" and metrics["Dihitung sebagai"] == "Belum dihitung"
    at.number_input(key="calc_open_standard").set_value(30).run()
    assert {m.label: m.value for m in at.metric}["Dihitung sebagai"] == "Tidak sesuai standar"
    at.text_input(key="calc_cells").set_value("6, 3").run()
    assert "Totalnya di bawah 10: tidak ada angka yang ditampilkan." in texts(at)


def test_speed_headline_says_a_running_period_is_not_settled(fixture_cursor, tmp_path, monkeypatch):
    """Mar - Aug 2025 on the fixture: the data end on 19 Aug, so the period's median and p90 are not
    final; r08 is open and past its hour: one open request, one counted as a miss."""
    from tests.test_page_speed import open_page

    head = queries.run(
        fixture_cursor, "speed_headline", date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 9, 1),
        prev_from=dt.date(2024, 9, 1), unit_id=None, service_ids=[], channel=None, measure="working",
    ).set_index("span")  # fmt: skip
    assert head.loc["current", "data_end"] == dt.datetime(2025, 8, 19, 9, 0)
    notes = speed.period_notes(head.loc["current"], dt.date(2025, 9, 1), "id")
    assert notes == [
        "Periode ini belum selesai: data baru sampai 19 Agu 2025. Median dan p90 belum final: permohonan yang lama "
        "biasanya selesai paling akhir, jadi angka ini cenderung terlalu baik.",
        "1 permohonan dalam periode ini masih terbuka dan belum masuk median atau p90; 1 di antaranya sudah "
        "melewati standar dan dihitung tidak sesuai standar.",
    ]
    # a settled period without open requests says nothing
    settled = queries.run(
        fixture_cursor, "speed_headline", date_from=dt.date(2025, 7, 1), date_to=dt.date(2025, 8, 1),
        prev_from=dt.date(2025, 6, 1), unit_id=None, service_ids=[], channel=None, measure="working",
    ).set_index("span")  # fmt: skip
    assert speed.period_notes(settled.loc["current"], dt.date(2025, 8, 1), "id") == []
    path = build_fixture_store(tmp_path / "speed.duckdb")
    at = open_page(path, monkeypatch, params={"sp_grain": "month", "sp_from": "2025-03", "sp_to": "2025-08"})
    assert notes[0] in [w.value for w in at.warning]


def test_bisection_and_direct_block_medians_agree(monkeypatch):
    """Large sides are bisected, small ones weighed at once: both give the same medians, ties and even counts included."""
    rng = np.random.default_rng(5)
    lists = {
        s: (np.round(rng.lognormal(3, 1, n)), rng.integers(0, 40, n)) for s, n in (("A", 120), ("B", 75), ("C", 9))
    }
    mix = {"A": 0.5, "B": 0.3, "C": 0.2}
    direct = speed.block_bootstrap_side(lists, mix, 300, np.random.default_rng(3))
    monkeypatch.setattr(speed, "DIRECT_CELLS", 0)
    bisected = speed.block_bootstrap_side(lists, mix, 300, np.random.default_rng(3))
    for s in lists:
        np.testing.assert_allclose(bisected.services[s], direct.services[s])
    np.testing.assert_allclose(bisected.overall, direct.overall)


def test_weighted_median_with_whole_weights_is_the_median_of_the_repeated_values():
    """Whole-number weights (days drawn 0, 1, 2 times) give numpy.median of the values repeated that often."""
    rng = np.random.default_rng(8)
    values = np.sort(np.round(rng.lognormal(2, 1, 30)))
    weights = rng.integers(0, 3, (200, 30))
    got = speed.weighted_median(values, weights.astype(float))
    want = [np.median(np.repeat(values, w)) if w.sum() else np.nan for w in weights]
    np.testing.assert_allclose(got, want)


def test_slides_3_and_6_say_their_recent_months_are_not_complete(public_store):
    """Today 1 Dec 2025, the data end on 19 Aug 2025: the 'last six complete months' (Jun - Nov 2025)
    reach past the data, so slides 3 and 6 say their last figures are not final."""
    slides = {s.key: s for s in public_slides(public_store)}
    note = "Data baru sampai 19 Agu 2025: bulan-bulan sampai 30 Nov 2025 belum lengkap"
    assert note in slides["on_standard"].text() and note in slides["next"].text()
    # with the data reaching today, nothing to say
    settled = {s.key: s for s in public_slides(public_store, today=dt.date(2025, 8, 1))}
    assert "Data baru sampai" not in settled["on_standard"].text() + settled["next"].text()
