"""Semesters and months: the one Python side of the period arithmetic.

The store's own side is the SQL macros ``period_of``, ``period_start`` and ``period_end``
(data/schema/40_rule_macros.sql); both follow the same rule: ``YYYY-S1`` is January to June,
``YYYY-S2`` July to December. A semester's ``end`` is exclusive (the first day of the next one),
as the queries compare ``day >= start and day < end``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_TEXT = re.compile(r"^(\d{4})-S([12])$")


@dataclass(frozen=True, order=True)
class Semester:
    year: int
    half: int  # 1: January-June, 2: July-December

    @classmethod
    def parse(cls, text: str) -> Semester:
        """'2025-S1' -> Semester(2025, 1); anything else raises ValueError."""
        match = _TEXT.match(text or "")
        if not match:
            raise ValueError(f"not a semester (YYYY-S1 or YYYY-S2): {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: dt.date) -> Semester:
        """The semester a day (or a datetime) falls in."""
        return cls(day.year, 1 if day.month <= 6 else 2)

    def __str__(self) -> str:
        return f"{self.year}-S{self.half}"

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def end(self) -> dt.date:
        """The first day after the semester (exclusive end)."""
        return self.next().start

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)

    def next(self) -> Semester:
        return Semester(self.year, 2) if self.half == 1 else Semester(self.year + 1, 1)

    def previous(self) -> Semester:
        return Semester(self.year, 1) if self.half == 2 else Semester(self.year - 1, 2)


def semester_of(day: dt.date) -> str:
    """'2025-S1' for any day of January-June 2025."""
    return str(Semester.of(day))


def previous_semester(period: str) -> str:
    """'2025-S1' -> '2024-S2'; '2025-S2' -> '2025-S1'."""
    return str(Semester.parse(period).previous())


def next_semester(period: str) -> str:
    """'2025-S1' -> '2025-S2'; '2025-S2' -> '2026-S1'."""
    return str(Semester.parse(period).next())


def month_start(day: dt.date) -> dt.date:
    """The first day of the month of ``day``."""
    return dt.date(day.year, day.month, 1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (earlier when negative), clamped to the month's last day:
    31 Aug + 6 months = 28 Feb (29 in a leap year). Windows counted from an event date use this,
    so "6 months before 5 Mar 2025" starts on 5 Sep 2024, not on 1 Sep."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def parse_month_or_semester(value: str) -> dt.date:
    """'2025-03' -> 1 Mar 2025; '2025-S2' -> 1 Jul 2025 (the start of a month or a semester)."""
    if "-S" in value:
        return Semester.parse(value).start
    return dt.date(int(value[:4]), int(value[5:7]), 1)
