"""Semester and month arithmetic: the Python side agrees with the store's macros."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from dashboard.core import periods
from dashboard.core.periods import Semester
from dashboard.core.store import apply_schema


@pytest.fixture(scope="module")
def con():
    con = duckdb.connect(":memory:")
    apply_schema(con)
    yield con
    con.close()


def test_semester_parse_text_bounds_and_neighbours():
    s1 = Semester.parse("2025-S1")
    assert (s1.year, s1.half, str(s1)) == (2025, 1, "2025-S1")
    assert (s1.start, s1.end, s1.last_day) == (dt.date(2025, 1, 1), dt.date(2025, 7, 1), dt.date(2025, 6, 30))
    assert str(s1.previous()) == "2024-S2" and str(s1.next()) == "2025-S2"
    assert str(Semester.parse("2025-S2").next()) == "2026-S1"
    assert Semester.parse("2024-S2") < s1
    for bad in ("2025-S3", "2025S1", "", "2025-s1"):
        with pytest.raises(ValueError):
            Semester.parse(bad)


@pytest.mark.parametrize("day", [dt.date(2025, 1, 1), dt.date(2025, 6, 30), dt.date(2025, 7, 1), dt.date(2025, 12, 31)])
def test_python_and_sql_agree(con, day):
    sql_period, sql_start, sql_end, sql_previous = con.execute(
        "select period_of($d), period_start(period_of($d)), period_end(period_of($d)), previous_period(period_of($d))",
        {"d": day},
    ).fetchone()
    semester = Semester.of(day)
    assert str(semester) == sql_period == periods.semester_of(day)
    assert sql_previous == str(semester.previous()) == periods.previous_semester(sql_period)
    assert semester.start == sql_start
    assert sql_end == dt.datetime.combine(semester.end, dt.time())  # both exclusive: the next semester's start


def test_add_months_counts_from_the_day_itself():
    assert periods.add_months(dt.date(2025, 3, 5), -6) == dt.date(2024, 9, 5)
    assert periods.add_months(dt.date(2025, 3, 5), 6) == dt.date(2025, 9, 5)
    assert periods.add_months(dt.date(2025, 8, 31), 6) == dt.date(2026, 2, 28)
    assert periods.add_months(dt.date(2023, 8, 31), 6) == dt.date(2024, 2, 29)
    assert periods.add_months(dt.date(2025, 1, 31), -1) == dt.date(2024, 12, 31)
    assert periods.month_start(dt.date(2025, 3, 5)) == dt.date(2025, 3, 1)
    assert periods.parse_month_or_semester("2025-03") == dt.date(2025, 3, 1)
    assert periods.parse_month_or_semester("2025-S2") == dt.date(2025, 7, 1)
