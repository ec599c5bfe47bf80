"""The demo store generator: determinism, validity against the office calendar, and the
stories the dashboard must be able to find (policy effect, lagging unit, backlog,
computed SKP realisations, kurva distribusi). Real DuckDB files, small builds."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from dashboard.core.store import CONTRACT_TABLES
from dashboard.demo import logs, story
from dashboard.demo.build import build_demo
from dashboard.demo.story import CAMAT_NIP, LAGGING_UNIT
from tests.fixture_store import derived_out_of_step

LOGS = 20_000


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory, demo_store_path: Path) -> dict[str, tuple[Path, dict]]:
    """Seed 7 built here and by the CLI for the whole suite (tests/conftest.py: the same seed and size,
    another directory and another door), and seed 8 built here."""
    built = {"b": (demo_store_path, {}, [])}
    for name, seed in (("a", 7), ("c", 8)):
        path = tmp_path_factory.mktemp(f"demo-{name}") / "kinerja.duckdb"
        events: list[tuple[float, str]] = []
        counts = build_demo(path, seed=seed, logs=LOGS, progress=lambda f, m, ev=events: ev.append((f, m)))
        built[name] = (path, counts, events)
    return built


@pytest.fixture(scope="module")
def con(stores) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(str(stores["a"][0]), read_only=True)
    yield connection
    connection.close()


def _rows(path: Path, table: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as c:
        return c.execute(f"select * from {table} order by all").fetchall()


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None):
    return con.execute(sql, params or {}).fetchone()[0]


# ---------------------------------------------------------------- build mechanics


def test_counts_progress_and_settings(stores, con):
    path, counts, events = stores["a"]
    assert set(counts) == set(CONTRACT_TABLES) | {"seconds"}
    assert counts["service_logs"] == LOGS
    for table in CONTRACT_TABLES:
        assert counts[table] > 0, table
        assert _scalar(con, f"select count(*) from {table}") == counts[table]
    assert not Path(str(path) + ".building").exists()
    fractions = [f for f, _ in events]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert all(isinstance(m, str) and m for _, m in events)
    settings = dict(con.execute("select key, value from settings").fetchall())
    assert settings["is_demo"] == "true"
    assert settings["demo_seed"] == "7"
    assert settings["demo_built_at"]


def test_same_seed_gives_identical_tables(stores):
    for table in CONTRACT_TABLES:
        assert _rows(stores["a"][0], table) == _rows(stores["b"][0], table), table


def test_different_seed_gives_different_logs(stores):
    assert _rows(stores["a"][0], "service_logs") != _rows(stores["c"][0], "service_logs")


def test_rebuild_replaces_store_and_removes_stale_tmp(tmp_path):
    path = tmp_path / "store.duckdb"
    stale = tmp_path / "store.duckdb.building"
    stale.write_bytes(b"half-built garbage")
    build_demo(path, seed=3, logs=2_000)
    first = _rows(path, "service_logs")
    build_demo(path, seed=4, logs=2_000)
    assert not stale.exists()
    assert _rows(path, "service_logs") != first


def test_chunked_generation_keeps_ids_unique_and_sequential(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "CHUNK_ROWS", 3_000)
    path = tmp_path / "chunked.duckdb"
    build_demo(path, seed=7, logs=10_000)
    with duckdb.connect(str(path), read_only=True) as c:
        assert _scalar(c, "select count(*) from service_logs") == 10_000
        # Per year, request numbers run 1..n in order of arrival, across chunk borders.
        gaps = _scalar(
            c,
            """select count(*) from (
                   select cast(split_part(request_id, '-', 3) as integer) as seq,
                          row_number() over (partition by year(received_at) order by received_at, request_id) as rn,
                          split_part(request_id, '-', 2) = cast(year(received_at) as varchar) as same_year
                   from service_logs)
               where seq <> rn or not same_year""",
        )
        assert gaps == 0


# ---------------------------------------------------------------- shape of the office


def test_derived_tables_match_their_live_views(con):
    """The demo builder leaves service_log_facts, log_months and log_duplicate_keys in step."""
    assert derived_out_of_step(con) == []
    assert _scalar(con, "select sum(requests) from log_months") == _scalar(con, "select count(*) from service_logs")


def test_units_are_gajahmungkur(con):
    kelurahan = dict(con.execute("select unit_id, name from units where kind = 'kelurahan'").fetchall())
    assert kelurahan == {
        "33.74.09.1001": "Kelurahan Karangrejo",
        "33.74.09.1002": "Kelurahan Bendan Dhuwur",
        "33.74.09.1003": "Kelurahan Bendan Ngisor",
        "33.74.09.1004": "Kelurahan Sampangan",
        "33.74.09.1005": "Kelurahan Gajahmungkur",
        "33.74.09.1006": "Kelurahan Lempongsari",
        "33.74.09.1007": "Kelurahan Petompon",
        "33.74.09.1008": "Kelurahan Bendungan",
    }
    assert con.execute("select name, parent_id from units where unit_id = '33.74.09'").fetchall() == [
        ("Kecamatan Gajahmungkur", None)
    ]


def test_employees_fit_their_units(con):
    total = _scalar(con, "select count(*) from employees")
    assert 90 <= total <= 115
    assert con.execute(
        "select position, unit_id, grade from employees where nip = $nip", {"nip": CAMAT_NIP}
    ).fetchall() == [("Camat", "33.74.09", "IV/b")]
    per_kelurahan = con.execute(
        """select unit_id, count(*) from employees
           where unit_id like '33.74.09.1%' and start_date <= date '2024-01-01'
             and (end_date is null or end_date >= date '2024-01-01')
           group by 1"""
    ).fetchall()
    assert len(per_kelurahan) == 8 and all(7 <= n <= 9 for _, n in per_kelurahan)
    assert _scalar(con, "select count(*) from employees where start_date > date '2023-01-01'") >= 5
    assert _scalar(con, "select count(*) from employees where end_date is not null") >= 5
    # Sex digit of the NIP matches the title of female graduates (Dra.) where present.
    assert _scalar(con, "select count(*) from employees where name like 'Dra. %' and substr(nip, 15, 1) <> '2'") == 0


# ---------------------------------------------------------------- service logs against the calendar


def test_arrivals_only_on_working_days_within_office_hours(con):
    bad = _scalar(
        con,
        """select count(*) from service_logs l
           join calendar_days c on c.day = cast(l.received_at as date)
           where not c.is_working
              or hour(l.received_at) * 60 + minute(l.received_at) < c.open_minute
              or hour(l.received_at) * 60 + minute(l.received_at) >= c.close_minute""",
    )
    assert bad == 0
    assert _scalar(con, "select min(received_at)::date from service_logs") >= story.FIRST_DAY
    assert _scalar(con, "select max(received_at)::date from service_logs") <= story.LAST_DAY


def test_completions_within_office_hours(con):
    bad = _scalar(
        con,
        """select count(*) from service_logs l
           join calendar_days c on c.day = cast(l.completed_at as date)
           where not c.is_working
              or hour(l.completed_at) * 60 + minute(l.completed_at) + second(l.completed_at) / 60 < c.open_minute
              or hour(l.completed_at) * 60 + minute(l.completed_at) + second(l.completed_at) / 60 > c.close_minute""",
    )
    assert bad == 0


def test_monday_mornings_busiest(con):
    by_day = dict(con.execute("select isodow(received_at), count(*) from service_logs group by 1").fetchall())
    assert by_day[1] == max(by_day.values()) and by_day[5] == min(by_day.values())


def test_handlers_belong_to_the_unit_and_are_in_post(con):
    bad = _scalar(
        con,
        """select count(*) from service_logs l join employees e on e.nip = l.handled_by
           where not exists (select 1 from employee_postings p where p.nip = l.handled_by
                             and p.unit_id = l.unit_id and cast(l.received_at as date) >= p.valid_from
                             and cast(l.received_at as date) <= coalesce(p.valid_to, date '9999-12-31'))
              or cast(l.received_at as date) < e.start_date
              or cast(l.received_at as date) > coalesce(e.end_date, date '9999-12-31')""",
    )
    assert bad == 0
    empty = _scalar(con, "select avg(case when handled_by is null then 1.0 else 0.0 end) from service_logs")
    assert 0.01 < empty < 0.06


def test_due_at_only_for_online_requests(con):
    assert (
        _scalar(con, "select count(*) from service_logs where due_at is not null and channel is distinct from 'online'")
        == 0
    )
    assert _scalar(con, "select count(*) from service_logs where channel = 'online' and due_at is null") == 0


def test_online_share_jumps_with_the_application(con):
    share = dict(
        con.execute(
            """select year(received_at), avg(case when channel = 'online' then 1.0 else 0.0 end)
               from service_logs group by 1"""
        ).fetchall()
    )
    assert share[2023] < 0.05 and share[2025] > 0.15 and share[2026] > share[2025]


# ---------------------------------------------------------------- the stories


def test_policy_makes_most_units_faster_but_not_the_lagging_one(con):
    rows = con.execute(
        """select unit_id,
                  median(working_minutes) filter (where received_at >= timestamp '2023-07-01'
                                                    and received_at < timestamp '2024-07-01') as before,
                  median(working_minutes) filter (where received_at >= timestamp '2024-07-01'
                                                    and received_at < timestamp '2025-07-01') as after
           from service_logs_timed
           where completed_at is not null
           group by unit_id"""
    ).fetchall()
    ratio = {unit: after / before for unit, before, after in rows}
    kelurahan = [u for u in ratio if u.startswith("33.74.09.1")]
    assert len(kelurahan) == 8
    assert sum(ratio[u] < 1 for u in kelurahan) >= 6
    assert ratio[LAGGING_UNIT] >= 1
    assert sum(ratio[u] < 0.85 for u in ratio if u != LAGGING_UNIT) >= 7


def test_on_standard_share_before_and_after(con):
    share = dict(
        con.execute(
            """select received_at >= timestamp '2024-07-01',
                      avg(case when on_standard then 1.0 else 0.0 end)
               from service_logs_timed where status = 'selesai' group by 1"""
        ).fetchall()
    )
    assert 0.5 <= share[False] <= 0.68
    assert share[True] > share[False] + 0.1


def test_policy_event_recorded(con):
    events = con.execute("select event_date, label from policy_events order by event_date").fetchall()
    assert events[0] == (story.POLICY_DATE, "Mulai evaluasi kinerja berbasis standar pelayanan")


def test_open_backlog_some_older_than_standard(con):
    open_count = _scalar(con, "select count(*) from service_logs where status = 'proses' and completed_at is null")
    assert open_count >= 20
    assert _scalar(con, "select count(*) from service_logs where status = 'proses' and completed_at is not null") == 0
    # Age in working minutes at the end of the last office day, against the service standard.
    overdue = _scalar(
        con,
        """with as_of as (select cum_minutes_before + (close_minute - open_minute) as idx
                         from calendar_days where day = date '2026-11-27')
           select count(*) from service_logs l
           join services s using (service_id)
           join calendar_days c on c.day = cast(l.received_at as date)
           cross join as_of
           where l.status = 'proses'
             and as_of.idx - working_minute_index(l.received_at, c.cum_minutes_before, c.is_working,
                                                 c.open_minute, c.close_minute) > s.standard_minutes""",
    )
    assert overdue >= 5
    lagging_share = _scalar(
        con,
        "select avg(case when unit_id = $u then 1.0 else 0.0 end) from service_logs where status = 'proses'",
        {"u": LAGGING_UNIT},
    )
    assert lagging_share > 0.3


def test_statuses_and_rework(con):
    share = dict(con.execute("select status, count(*) / sum(count(*)) over () from service_logs group by 1").fetchall())
    assert share["selesai"] > 0.9 and 0.01 < share["ditolak"] < 0.035 and 0.004 < share["batal"] < 0.02
    rework = _scalar(con, "select avg(case when rework_count > 0 then 1.0 else 0.0 end) from service_logs")
    assert 0.04 < rework < 0.15


def test_layanan_selesai_realizations_match_the_logs(con):
    rows = con.execute(
        """with counted as (
               select handled_by as nip, period_of(received_at) as period, service_id, count(*) as n
               from service_logs where status = 'selesai' and handled_by is not null
               group by all)
           select t.realization_value,
                  coalesce((select sum(c.n) from counted c
                            where c.nip = t.nip and c.period = t.period
                              and (t.source_service_id is null or c.service_id = t.source_service_id)), 0)
           from skp_targets t
           where t.source_metric = 'layanan_selesai' and t.realization_value is not null"""
    ).fetchall()
    assert len(rows) >= 50
    equal = sum(typed == computed for typed, computed in rows)
    assert 0.85 <= equal / len(rows) < 1.0  # most agree, a few were typed differently


def test_skp_targets_shape(con):
    assert (
        _scalar(con, "select count(*) from skp_targets where period = '2026-S2' and realization_value is not null") == 0
    )
    assert set(r[0] for r in con.execute("select distinct aspect from skp_targets").fetchall()) == {
        "kuantitas",
        "kualitas",
        "waktu",
        "biaya",
    }
    indicators = con.execute(
        "select count(distinct indicator) from skp_targets group by nip, period order by 1"
    ).fetchall()
    assert indicators[0][0] >= 3 and indicators[-1][0] <= 5
    # Both efisiensi branches of waktu/biaya occur.
    branches = con.execute(
        """select distinct 100 - realization_value / target_value * 100 > 24 from skp_targets
           where aspect in ('waktu', 'biaya') and realization_value > 0"""
    ).fetchall()
    assert len(branches) == 2


def test_appraisals(con):
    periods = [r[0] for r in con.execute("select distinct period from appraisals order by 1").fetchall()]
    assert periods == list(story.APPRAISED_PERIODS)
    assert _scalar(con, "select appraiser_nip from appraisals where nip = $n limit 1", {"n": CAMAT_NIP}) is None
    # The appraiser is someone else: the head of the person's unit (or the camat, for the heads).
    wrong = _scalar(
        con,
        """select count(*) from appraisals a
           join employee_period_units e on e.nip = a.nip and e.period = a.period
           join employees h on h.nip = a.appraiser_nip
           where a.appraiser_nip = a.nip
              or (h.unit_id <> e.unit_id and h.nip <> $camat)
              or h.position not in ('Camat', 'Lurah', 'Sekretaris Camat') and h.position not like 'Kepala Seksi %'""",
        {"camat": CAMAT_NIP},
    )
    assert wrong == 0
    assert _scalar(con, "select count(*) from appraisals where appraiser_nip is null") == _scalar(
        con, "select count(*) from appraisals where nip = $n", {"n": CAMAT_NIP}
    )
    assert _scalar(con, "select count(*) from appraisal_predikat where predikat_recorded <> predikat") == 3
    late = _scalar(
        con,
        "select count(*) from appraisals where date_diff('day', period_end(period)::date, appraised_on) not between 0 and 21",
    )
    assert late == 0
    di_atas = _scalar(con, "select avg(case when rating_results = 'di_atas' then 1.0 else 0.0 end) from appraisals")
    assert 0.1 < di_atas < 0.3


def test_kurva_distribusi_broken_only_where_intended(con):
    broken = con.execute(
        """with members as (
               select o.unit_id as org_unit, o.period, o.predikat as org, a.predikat
               from org_ratings o
               join employee_period_units e on e.period = o.period and (o.unit_id = '33.74.09' or e.unit_id = o.unit_id)
               join appraisal_predikat a on a.nip = e.nip and a.period = o.period),
           shares as (
               select m.org_unit, m.period, b.bound_no, b.min_share, b.max_share, b.need_some,
                      avg(case when list_contains(b.predikat_set, m.predikat) then 1.0 else 0.0 end) as share,
                      sum(case when list_contains(b.predikat_set, m.predikat) then 1 else 0 end) as n_in
               from members m join kurva_bounds b on b.org_predikat = m.org
               group by all)
           select distinct org_unit, period from shares
           where share < coalesce(min_share, 0) or share > coalesce(max_share, 1) or (need_some and n_in = 0)"""
    ).fetchall()
    assert broken == [story.KURVA_BREAK]


def test_survey_ikm_improves_except_lagging(con):
    ikm = {(u, p): v for u, p, v in con.execute("select unit_id, period, ikm from ikm_by_unit_period").fetchall()}
    before = [v for (u, p), v in ikm.items() if p < "2024-S2"]
    after = [v for (u, p), v in ikm.items() if p >= "2025-S1" and u != LAGGING_UNIT]
    assert min(before) > 72 and max(before) < 86
    assert sum(after) / len(after) > sum(before) / len(before) + 3
    assert ikm[(LAGGING_UNIT, "2026-S1")] < ikm[(LAGGING_UNIT, "2023-S2")]
    counts = con.execute("select count(*) from survey_responses group by unit_id, period_of(responded_on)").fetchall()
    assert all(60 <= n <= 200 for (n,) in counts)
