"""Office hours kept by init, the working day's length from the store, checks of working time on
Kualitas Data, and staff postings (mutasi) over time, on hand-made stores with exact figures."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from dashboard.cli import main as cli
from dashboard.core import queries
from dashboard.core.store import init_store, open_reader, reader_cursor, refresh_facts
from dashboard.core.workcalendar import OfficeHours, build_calendar
from tests.fixture_store import NIP_A, NIP_B, NIP_D, build_fixture_store
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
    units = queries.run(transferred, "camat_units", period="2025-S1").set_index("unit_id")
    assert units.loc[U2, "appraised"] == 2 and units.loc[U2, "sb_b_pct"] == pytest.approx(50)
    assert units.loc[U2, "mean_skp"] == pytest.approx(85.5)
    assert units.loc[U1, "appraised"] == 1
    head = queries.run(transferred, "camat_headline", period="2025-S1", unit_id=U2).iloc[0]
    assert head["appraised"] == 2 and head["mean_skp"] == pytest.approx(85.5)


def test_peers_are_the_unit_of_that_semester(transferred):
    """2025-S1: Budi sat in Kelurahan Dua beside Dewi (pelaksana, 1 completed request, r04);
    2025-S2: in Kelurahan Satu, with no other pelaksana."""
    frame = queries.run(transferred, "hr_services_vs_peers", nip=NIP_A).set_index("period")
    assert frame.loc["2025-S1", "peer_n"] == 1 and frame.loc["2025-S1", "peer_volume"] == 1
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
    from dashboard.demo.build import LAGGING_UNIT, SEKSI_PELAYANAN, build_demo

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
