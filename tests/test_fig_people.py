"""Office hours kept by init, the working day's length from the store, checks of working time on
Kualitas Data, and staff postings (mutasi) over time, on hand-made stores with exact figures."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from dashboard.camat import logic as camat
from dashboard.cli import main as cli
from dashboard.core import queries
from dashboard.core.store import init_store, open_reader, reader_cursor, refresh_facts
from dashboard.core.workcalendar import OfficeHours, build_calendar
from tests.fixture_store import NIP_A, NIP_B, NIP_D, build_fixture_store
from tests.pages import served
from tests.test_importer import run_import


def _one_log_store(path, hours: OfficeHours | None) -> None:
    init_store(path, hours)
    con = duckdb.connect(str(path))
    con.execute("insert into units values ('U', 'Unit', 'kecamatan', null)")
    con.execute("insert into services values ('S', 'Layanan', 'K', 60, 0)")
    # Mon 3 Mar 2025 07:00 -> 09:00: 90 working minutes from 07:30, 60 from 08:00
    con.execute(
        "insert into service_logs values ('a', 'S', 'U', null, null, '2025-03-03 07:00', '2025-03-03 09:00', "
        "null, 'selesai', 0)"
    )
    refresh_facts(con)
    con.close()


def _minutes_and_hours(path) -> tuple[float, str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        minutes = con.execute("select working_minutes from service_logs_timed").fetchone()[0]
        hours = con.execute("select value from settings where key = 'office_hours'").fetchone()[0]
    finally:
        con.close()
    return minutes, hours


def test_init_again_without_flags_keeps_the_office_hours(tmp_path):
    path = tmp_path / "s.duckdb"
    _one_log_store(path, OfficeHours.parse("07:30-15:30"))
    assert _minutes_and_hours(path) == (pytest.approx(90), "07:30-15:30")
    assert cli(["init", "--db", str(path)]) == 0
    assert _minutes_and_hours(path) == (pytest.approx(90), "07:30-15:30")


def test_init_with_flags_changes_the_office_hours(tmp_path):
    path = tmp_path / "s.duckdb"
    _one_log_store(path, OfficeHours.parse("07:30-15:30"))
    assert cli(["init", "--db", str(path), "--office-hours", "08:00-16:00"]) == 0
    assert _minutes_and_hours(path) == (pytest.approx(60), "08:00-16:00")


def test_a_new_store_gets_the_default_hours(tmp_path):
    path = tmp_path / "s.duckdb"
    _one_log_store(path, None)
    assert _minutes_and_hours(path) == (pytest.approx(60), "08:00-16:00")


def test_other_hours_on_friday():
    hours = OfficeHours.parse("07:30-16:00;5=07:30-11:30")
    assert hours.as_text() == ("07:30-16:00;5=07:30-11:30", "1,2,3,4,5")
    calendar = build_calendar(hours, 2025, 2025).set_index("day")
    friday, monday = calendar.loc[dt.date(2025, 3, 7)], calendar.loc[dt.date(2025, 3, 10)]
    assert (friday["open_minute"], friday["close_minute"]) == (450, 690)
    assert (monday["open_minute"], monday["close_minute"]) == (450, 960)
    # a Friday's 240 minutes counted before Monday
    assert monday["cum_minutes_before"] - friday["cum_minutes_before"] == 240
    with pytest.raises(ValueError):
        OfficeHours.parse("08:00-16:00;6=08:00-12:00")  # Saturday is not worked


# ---------------------------------------------------------------- staff postings (mutasi)

# Budi (NIP_A) is recorded in Kelurahan Satu (1001) and handled its requests; the transfer file says he
# served in Kelurahan Dua (1002) from 1 Jan 2020 and moved to Kelurahan Satu on 1 Jul 2025. His
# 2025-S1 appraisal (sesuai/sesuai: Baik) and SKP score (85,50) therefore belong to Kelurahan Dua.
U1, U2 = "33.74.09.1001", "33.74.09.1002"
TRANSFER_CSV = f"nip,unit_id,valid_from,valid_to\n{NIP_A},{U2},2020-01-01,\n{NIP_A},{U1},2025-07-01,\n"


@pytest.fixture(scope="module")
def transferred(tmp_path_factory):
    """The fixture store with Budi's transfer imported through the import contract."""
    folder = tmp_path_factory.mktemp("postings")
    path = build_fixture_store(folder / "fixture.duckdb")
    csv = folder / "postings.csv"
    csv.write_text(TRANSFER_CSV, encoding="utf-8")
    result = run_import(path, "postings", csv)
    assert result.ok, result.message
    con = open_reader(path)
    yield reader_cursor(con)
    con.close()


def test_a_transfer_adds_a_posting_and_closes_the_one_before(transferred):
    rows = transferred.execute(
        "select unit_id, valid_from, valid_to from postings where nip = $n order by valid_from", {"n": NIP_A}
    ).fetchall()
    assert rows == [
        (U1, dt.date(2010, 1, 1), dt.date(2019, 12, 31)),  # the implied posting from the TMT in the NIP
        (U2, dt.date(2020, 1, 1), dt.date(2025, 6, 30)),
        (U1, dt.date(2025, 7, 1), None),
    ]
    # the other employees keep one implied posting each; the current unit is the latest posting's
    assert transferred.execute("select count(*) from postings").fetchall() == [(3,)]
    now = dict(transferred.execute("select nip, unit_id from employees_now").fetchall())
    assert now[NIP_A] == U1 and now[NIP_D] == U2


def test_semester_figures_go_to_the_unit_of_that_time(transferred):
    units = dict(
        transferred.execute("select nip, unit_id from employee_period_units where period = '2025-S1'").fetchall()
    )
    assert units[NIP_A] == U2 and units[NIP_B] == U1 and units[NIP_D] == U2
    s2 = transferred.execute(
        "select unit_id from employee_period_units where nip = $n and period = '2025-S2'", {"n": NIP_A}
    ).fetchall()
    assert s2 == [(U1,)]


def _unit_skp(cursor, unit):
    frame = queries.run(cursor, "camat_unit_skp", period="2025-S1", unit_id=unit)
    return {(r.measure, r.label): (r.employees, r.mean_skp) for r in frame.itertuples()}


def test_unit_skp_and_predikat_follow_the_posting(transferred):
    two = _unit_skp(transferred, U2)
    assert two[("kategori", "Baik")][0] == 1 and two[("kategori", "Baik")][1] == pytest.approx(85.5)
    assert two[("predikat", "Baik")][0] == 1  # Budi
    assert two[("predikat", "Butuh Perbaikan")][0] == 1  # Dewi
    one = _unit_skp(transferred, U1)
    assert ("predikat", "Baik") not in one and one[("predikat", "Sangat Baik")][0] == 1  # Siti only
    units = camat.unit_comparison(lambda name, **params: queries.run(transferred, name, **params), "2025-S1").set_index(
        "unit_id"
    )
    assert units.loc[U2, "appraised"] == 2 and units.loc[U2, "sb_b_pct"] == pytest.approx(50)
    assert units.loc[U2, "mean_skp"] == pytest.approx(85.5)
    assert units.loc[U1, "appraised"] == 1
    head = queries.run(transferred, "camat_headline", period="2025-S1", unit_id=U2).iloc[0]
    assert head["appraised"] == 2 and head["mean_skp"] == pytest.approx(85.5)


def test_peers_are_the_unit_of_that_semester(transferred):
    """2025-S1: Budi sat in Kelurahan Dua beside Dewi (pelaksana, 1 completed request, r04);
    2025-S2: in Kelurahan Satu, with no other pelaksana."""
    frame = queries.run(transferred, "hr_services_vs_peers", nip=NIP_A, z95=camat.FUNNEL["z95"]).set_index("period")
    assert frame.loc["2025-S1", "peer_n"] == 1 and frame.loc["2025-S1", "peer_volume"] == 1
    assert frame.loc["2025-S1", "peer_on_standard_pct"] == pytest.approx(50)  # Dewi: r04 on, her open r08 a miss
    assert frame.loc["2025-S2", "peer_n"] == 0
    assert frame.loc["2025-S1", "volume"] == 3  # his own requests r01-r03 stay his


def test_handler_outside_the_posting_of_that_day(transferred):
    """Budi handled r01-r03 in Kelurahan Satu (Mar 2025) while posted to Kelurahan Dua; r10 (Jul) after his move."""
    frame = queries.run(transferred, "quality_impossible", today=dt.date(2026, 1, 1), unit_id=None)
    row = frame.set_index("check_id").loc["handler_elsewhere"]
    assert (row["n"], row["example"]) == (3, "r01")


def test_a_posting_ending_before_it_starts_is_refused(tmp_path):
    path = build_fixture_store(tmp_path / "f.duckdb")
    csv = tmp_path / "postings.csv"
    csv.write_text(f"nip,unit_id,valid_from,valid_to\n{NIP_A},{U2},2025-07-01,2025-06-01\n", encoding="utf-8")
    assert not run_import(path, "postings", csv).ok


def test_without_postings_every_employee_has_one_open_posting(tmp_path):
    path = build_fixture_store(tmp_path / "f.duckdb")
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute("select nip, unit_id, valid_from, valid_to, source from employee_postings").fetchall()
    finally:
        con.close()
    assert sorted(rows)[1] == (NIP_A, U1, dt.date(2010, 1, 1), None, "implied")
    assert len(rows) == 4 and {r[4] for r in rows} == {"implied"}


def test_demo_transfer_keeps_past_appraisals_with_bendan_ngisor(tmp_path):
    """The demo's operator moved from Bendan Ngisor to Seksi Pelayanan on 3 Nov 2025: his five
    appraisals (2023-S1 to 2025-S1) stay Bendan Ngisor's; his current unit is Seksi Pelayanan."""
    from dashboard.demo.build import build_demo
    from dashboard.demo.story import LAGGING_UNIT, SEKSI_PELAYANAN

    path = tmp_path / "demo.duckdb"
    build_demo(path, logs=2000)
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute("select nip, unit_id, valid_from, valid_to from postings order by valid_from").fetchall()
        assert [(r[1], r[2], r[3]) for r in rows] == [
            (LAGGING_UNIT, rows[0][2], dt.date(2025, 10, 31)),
            (SEKSI_PELAYANAN, dt.date(2025, 11, 3), None),
        ]
        nip = rows[0][0]
        units = con.execute(
            "select distinct u.unit_id from appraisals a join employee_period_units u using (nip, period) "
            "where a.nip = $n",
            {"n": nip},
        ).fetchall()
        current = con.execute("select unit_id from employees_now where nip = $n", {"n": nip}).fetchone()[0]
        appraised = con.execute("select count(*) from appraisals where nip = $n", {"n": nip}).fetchone()[0]
    finally:
        con.close()
    assert units == [(LAGGING_UNIT,)] and current == SEKSI_PELAYANAN and appraised == 5


# ---------------------------------------------------------------- working time checks and the day length

EXTRA_LOGS = """
insert into service_logs values
    -- Mon 3 Mar 2025 17:00 -> 19:00 and Sat 8 -> Sun 9 Mar: entirely outside office hours, 0 minutes
    ('x1', 'S1', '33.74.09.1001', null, 'loket', '2025-03-03 17:00', '2025-03-03 19:00', null, 'selesai', 0),
    ('x2', 'S1', '33.74.09.1002', null, 'online', '2025-03-08 09:00', '2025-03-09 10:00', null, 'selesai', 0),
    -- received before the calendar's first day (1 Jan 2015): no working time
    ('x3', 'S1', '33.74.09.1001', null, 'loket', '2014-12-30 09:00', '2015-01-02 10:00', null, 'selesai', 0),
    -- a year whose cuti bersama the holidays package does not know yet
    ('x4', 'S1', '33.74.09.1001', null, 'loket', '2028-03-01 09:00', '2028-03-01 10:00', null, 'selesai', 0);
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    path = build_fixture_store(tmp_path_factory.mktemp("wt") / "fixture.duckdb")
    con = duckdb.connect(str(path))
    con.execute(EXTRA_LOGS)
    refresh_facts(con)
    con.execute("checkpoint")
    con.close()
    return path


def test_requests_outside_office_hours_and_outside_the_calendar(checked):
    con = open_reader(checked)
    cursor = reader_cursor(con)
    try:
        frame = queries.run(cursor, "quality_working_time", unit_id=None).set_index("check_id")
        one_unit = queries.run(cursor, "quality_working_time", unit_id="33.74.09.1002").set_index("check_id")
        years = queries.run(cursor, "quality_calendar_years")
        minutes = dict(
            cursor.execute(
                "select request_id, working_minutes from service_logs_timed where request_id like 'x%'"
            ).fetchall()
        )
    finally:
        con.close()
    assert minutes == {"x1": 0, "x2": 0, "x3": None, "x4": 60}
    assert frame.loc["outside_hours", ["n", "on_standard_n", "example"]].tolist() == [2, 2, "x1"]
    assert frame.loc["outside_calendar", ["n", "example"]].tolist() == [1, "x3"]
    assert (frame.loc["outside_hours", "first_day"], frame.loc["outside_hours", "last_day"]) == (
        dt.date(2015, 1, 1),
        dt.date(2035, 12, 31),
    )
    assert one_unit.loc["outside_hours", ["n", "example"]].tolist() == [1, "x2"]
    assert one_unit.loc["outside_calendar", "n"] == 0
    rows = {r.year: (bool(r.in_calendar), r.cuti_bersama_days) for r in years.itertuples()}
    assert rows[2014] == (False, 0) and rows[2028] == (True, 0)
    assert rows[2025][0] and rows[2025][1] > 0  # 2025's cuti bersama are known (e.g. 18 Aug)


def test_quality_page_shows_the_checks_and_warns_about_missing_cuti_bersama(checked, monkeypatch):
    from dashboard.access.auth import User
    from tests.pages import open_app

    at = open_app(checked, monkeypatch, User("camat", "camat"), page="datamgmt/kualitas_data.py")
    assert not at.exception and not at.error
    assert "Waktu kerja yang perlu diperiksa" in [h.value for h in at.subheader]
    warnings = " ".join(w.value for w in at.warning)
    assert "2028" in warnings and "cuti bersama" in warnings and "2014" in warnings
    table = next(d.value for d in at.dataframe if "Dihitung memenuhi standar" in d.value.columns)
    assert table["Jumlah"].tolist()[:2] == ["2", "1"]


def test_working_day_length_comes_from_the_office_hours(tmp_path, monkeypatch):
    """07:30-16:00 (510 minutes) with a short Friday: one working day is 510 minutes everywhere."""
    from dashboard.core import data, fmt

    path = tmp_path / "s.duckdb"
    init_store(path, OfficeHours.parse("07:30-16:00;5=07:30-11:30"))
    con = duckdb.connect(str(path))
    con.execute("insert into units values ('U', 'Unit', 'kecamatan', null)")
    con.execute("insert into services values ('S', 'Layanan', 'K', 600, 0)")
    # Mon 3 Mar 2025 07:30 -> Tue 4 Mar 07:30 = 510 working minutes: "1 working day", within 1 day
    con.execute(
        "insert into service_logs values ('a', 'S', 'U', null, null, '2025-03-03 07:30', '2025-03-04 07:30', "
        "null, 'selesai', 0)"
    )
    refresh_facts(con)
    con.close()
    with served(path, monkeypatch):
        assert data.query("working_day")["minutes"].iloc[0] == 510
        assert fmt.working_day_minutes() == 510
        assert fmt.duration(510, working=True, lang="id") == "1,0 hari kerja"
        assert fmt.duration(480, working=True, lang="id") == "8 jam"
        row = data.query(
            "speed_distribution_by_service",
            date_from=dt.date(2025, 1, 1),
            date_to=dt.date(2026, 1, 1),
            unit_id=None,
            service_ids=[],
            channel=None,
            measure="working",
        ).iloc[0]
        assert row["median_minutes"] == pytest.approx(510) and row["within_1d"] == pytest.approx(100)
    fmt.set_working_day_minutes(480)  # other tests in this process expect the default store


def test_guide_explains_day_length_outside_hours_and_transfers(tmp_path, monkeypatch):
    from dashboard.access.auth import User
    from tests.pages import open_app

    path = build_fixture_store(tmp_path / "f.duckdb")
    csv = tmp_path / "postings.csv"
    csv.write_text(TRANSFER_CSV, encoding="utf-8")
    assert run_import(path, "postings", csv).ok
    at = open_app(path, monkeypatch, User("camat", "camat"), page="pegawai/panduan_evaluasi.py")
    assert not at.exception and not at.error
    text = " ".join(m.value for m in at.markdown)
    assert "**8 jam** (480 menit kerja)" in text
    assert "**0 menit kerja**" in text and "1 Jan 2015 s.d. 31 Des 2035" in text
    assert "Mutasi: angka mengikuti unit saat itu" in [h.value for h in at.header]
    assert "tercatat **1** pegawai yang pernah pindah unit" in text


def test_an_employee_file_moving_someone_points_to_the_postings_table(tmp_path):
    path = build_fixture_store(tmp_path / "f.duckdb")
    csv = tmp_path / "employees.csv"
    csv.write_text(
        "nip,name,unit_id,position,position_kind,grade,start_date,end_date\n"
        f"{NIP_A},Budi Santoso,{U2},Pengadministrasi Umum,pelaksana,II/c,2020-01-01,\n",
        encoding="utf-8",
    )
    result = run_import(path, "employees", csv)
    assert not result.ok
    assert "tabel postings" in result.problems[0].message


def test_office_hours_in_words():
    from dashboard.core import fmt

    assert fmt.office_hours("07:30-16:00;5=07:30-11:30", lang="id") == "07.30–16.00 (Jumat 07.30–11.30)"
    assert fmt.office_hours("08:00-16:00", lang="en") == "08:00–16:00"
