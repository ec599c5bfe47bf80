"""The demo store's working days: day ordinals, semester bounds and the office calendar as arrays."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import numpy as np

from dashboard.core.periods import Semester

# ---------------------------------------------------------------- time helpers

US_PER_DAY = 86_400_000_000
_EPOCH = dt.date(1970, 1, 1)


def _ord(day: dt.date) -> int:
    """Days since 1970-01-01 (numpy's datetime64[D] integer)."""
    return (day - _EPOCH).days


def _from_ord(n: int) -> dt.date:
    return _EPOCH + dt.timedelta(days=int(n))


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """First day and last day of a semester '2025-S1'."""
    semester = Semester.parse(period)
    return semester.start, semester.last_day


def _years_of(days: np.ndarray) -> np.ndarray:
    return days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970


def _months_of(days: np.ndarray) -> np.ndarray:
    """Month 0..11 of day ordinals."""
    return days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64) % 12


@dataclass
class _Calendar:
    """The store's working days as arrays; cum_sec = working seconds before each day."""

    day: np.ndarray
    open_min: np.ndarray
    close_min: np.ndarray
    cum_sec: np.ndarray
    lebaran: np.ndarray

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection) -> _Calendar:
        rows = con.execute(
            """select date_diff('day', date '1970-01-01', day) as d, open_minute, close_minute, cum_minutes_before
               from calendar_days where is_working order by day"""
        ).fetchnumpy()
        lebaran = con.execute(
            """select date_diff('day', date '1970-01-01', day) as d from calendar_days
               where holiday_name = 'Hari Raya Idul Fitri' order by day"""
        ).fetchnumpy()["d"]
        return cls(
            day=np.asarray(rows["d"], dtype=np.int64),
            open_min=np.asarray(rows["open_minute"], dtype=np.int64),
            close_min=np.asarray(rows["close_minute"], dtype=np.int64),
            cum_sec=np.asarray(rows["cum_minutes_before"], dtype=np.int64) * 60,
            lebaran=np.asarray(lebaran, dtype=np.int64),
        )

    def index_range(self, first: dt.date, last: dt.date) -> tuple[int, int]:
        """Indices [lo, hi) of the working days between first and last (inclusive)."""
        return (
            int(np.searchsorted(self.day, _ord(first), side="left")),
            int(np.searchsorted(self.day, _ord(last), side="right")),
        )

    def next_working(self, day: dt.date) -> dt.date:
        """The first working day on or after day."""
        i = int(np.searchsorted(self.day, _ord(day), side="left"))
        return _from_ord(self.day[min(i, len(self.day) - 1)])
