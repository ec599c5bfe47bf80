"""Office hours kept by init, the working day's length from the store, checks of working time on
Kualitas Data, and staff postings (mutasi) over time, on hand-made stores with exact figures."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from dashboard.cli import main as cli
from dashboard.core.store import init_store, refresh_facts
from dashboard.core.workcalendar import OfficeHours, build_calendar


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
