"""Working minutes and the service standard, on hand-computed cases (working time, docs/DESIGN.md)."""

import duckdb
import pytest

from dashboard.core.store import init_store, refresh_facts
from dashboard.core.workcalendar import OfficeHours, build_calendar
from tests.fixture_store import build_fixture_store


@pytest.fixture(scope="module")
def timed(tmp_path_factory):
    path = build_fixture_store(tmp_path_factory.mktemp("wt") / "fixture.duckdb")
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute(
        "select request_id, working_minutes, on_standard, on_time, elapsed_hours from service_logs_timed"
    ).fetchall()
    con.close()
    return {r[0]: r[1:] for r in rows}


@pytest.mark.parametrize(
    ("request_id", "minutes", "on_standard"),
    [
        ("r01", 45, True),  # within one day
        ("r02", 60, True),  # across a night; equal to the standard counts as meeting it
        ("r03", 120, False),  # across a weekend
        ("r04", 60, True),  # on a national holiday (Kenaikan Isa Almasih, 29 May 2025)
        ("r05", 120, True),  # over a cuti bersama day (18 Aug 2025) and a weekend
        ("r06", 20, True),  # received before opening time
        ("r07", 30, None),  # received on a Saturday; service without a standard
    ],
)
def test_working_minutes(timed, request_id, minutes, on_standard):
    working, standard, _, _ = timed[request_id]
    assert working == pytest.approx(minutes)
    assert standard is on_standard


def test_open_request_has_no_times(timed):
    assert timed["r08"] == (None, None, None, None)


def test_elapsed_hours_counts_calendar_time(timed):
    assert timed["r03"][3] == pytest.approx(66.0)  # Fri 15:00 -> Mon 09:00


def test_on_time_against_own_deadline_is_kept_apart(timed):
    assert timed["r09"][2] is False and timed["r09"][1] is False
    assert timed["r10"][2] is True and timed["r10"][1] is True
    assert timed["r01"][2] is None  # no due_at


def test_calendar_knows_holidays_and_cuti_bersama():
    calendar = build_calendar(OfficeHours(), 2025, 2025).set_index("day")
    import datetime as dt

    assert calendar.loc[dt.date(2025, 5, 29), "holiday_kind"] == "public"
    assert calendar.loc[dt.date(2025, 8, 18), "holiday_kind"] == "cuti_bersama"
    assert not calendar.loc[dt.date(2025, 8, 18), "is_working"]
    assert calendar.loc[dt.date(2025, 8, 19), "is_working"]
    assert not calendar.loc[dt.date(2025, 8, 16), "is_working"]  # Saturday


def test_calendar_covers_2015_to_2035(tmp_path):
    path = tmp_path / "empty.duckdb"
    init_store(path)
    con = duckdb.connect(str(path), read_only=True)
    first, last = con.execute("select min(day), max(day) from calendar_days").fetchone()
    con.close()
    assert (first.isoformat(), last.isoformat()) == ("2015-01-01", "2035-12-31")


def test_office_hours_are_configurable(tmp_path):
    """07:30-15:30 on Mon-Sat: a Saturday counts, and the clock starts at 07:30."""
    path = tmp_path / "custom.duckdb"
    init_store(path, OfficeHours.parse("07:30-15:30", "1-6"))
    con = duckdb.connect(str(path))
    con.execute("insert into units values ('U', 'Unit', 'kecamatan', null)")
    con.execute("insert into services values ('S', 'Layanan', 'K', 60, 0)")
    con.execute(
        "insert into service_logs values ('a', 'S', 'U', null, null, '2025-03-08 07:00', '2025-03-08 08:00', "
        "null, 'selesai', 0)"
    )
    refresh_facts(con)
    minutes = con.execute("select working_minutes from service_logs_timed").fetchone()[0]
    hours = con.execute("select value from settings where key = 'office_hours'").fetchone()[0]
    con.close()
    assert minutes == pytest.approx(30)
    assert hours == "07:30-15:30"


def test_office_hours_parse_rejects_nonsense():
    with pytest.raises(ValueError):
        OfficeHours.parse("16:00-08:00")
    with pytest.raises(ValueError):
        OfficeHours.parse("08:00-16:00", "0-5")
